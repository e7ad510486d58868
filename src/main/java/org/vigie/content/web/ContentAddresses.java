package org.vigie.content.web;

import org.vigie.content.ContentPaths;
import org.vigie.site.Language;
import org.vigie.site.SiteSearch;
import org.vigie.site.TopLevelWords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Content's words at the top of public addresses, reserved through the site so no page
 * slug can hide them, and its search page, which the layout's search box leads to.
 */
@Configuration(proxyBeanMethods = false)
class ContentAddresses {

	@Bean
	TopLevelWords contentWords() {
		return TopLevelWords.of("content", ContentPaths.topLevelWords(Language.FR),
				ContentPaths.topLevelWords(Language.NL), ContentPaths.topLevelWords(Language.EN));
	}

	@Bean
	SiteSearch contentSearch() {
		return ContentPaths::search;
	}

}
