package org.vigie.site.web;

import org.vigie.site.TopLevelWords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Words the site keeps for itself in every language: technical addresses and words that
 * would confuse readers as a page's address.
 */
@Configuration(proxyBeanMethods = false)
class SiteAddresses {

	@Bean
	TopLevelWords siteWords() {
		return TopLevelWords.everywhere("site", "page", "feed", "sitemap", "media", "admin", "css", "js", "img",
				"webjars", "error");
	}

}
