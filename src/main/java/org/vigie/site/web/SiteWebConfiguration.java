package org.vigie.site.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.vigie.site.LanguagePreference;
import org.vigie.site.MovedAddresses;
import org.vigie.site.SiteProperties;
import org.vigie.site.UploadLimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires languages, interface messages, the client's address behind trusted proxies,
 * upload limits, trailing-slash redirects and the page cache into Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

	private final PathLanguageResolver languages;

	SiteWebConfiguration(SiteProperties properties, ObjectProvider<LanguagePreference> preferences) {
		this.languages = new PathLanguageResolver(properties.defaultLanguage(), preferences);
	}

	@Bean
	LocaleResolver localeResolver() {
		return this.languages;
	}

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(messageBundles());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean
	FilterRegistrationBean<TrustedProxies> trustedProxies(@Value("${vigie.security.trusted-proxies:}") String proxies) {
		FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(new TrustedProxies(proxies));
		// Before everything that reads the client's address or scheme.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<UploadLimits> uploadLimits(List<UploadLimit> limits) {
		FilterRegistrationBean<UploadLimits> registration = new FilterRegistrationBean<>(new UploadLimits(limits));
		// Before Spring Security's filter chain (-100), whose CSRF check reads the body.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<TrailingSlashFilter> trailingSlashFilter(ObjectProvider<MovedAddresses> moved) {
		FilterRegistrationBean<TrailingSlashFilter> registration = new FilterRegistrationBean<>(
				new TrailingSlashFilter(moved));
		// After Spring Security's filter chain (-100) for its headers, before the page
		// cache (0) so the cache never holds an address with a slash.
		registration.setOrder(-10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(LocalPageCache cache) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
		// After Spring Security's filter chain (-100), so security headers are written on
		// hits too.
		registration.setOrder(0);
		return registration;
	}

	/**
	 * Every module keeps its messages in {@code messages/<module>_{fr,nl,en}.properties}.
	 */
	static String[] messageBundles() {
		try {
			Resource[] french = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*_fr.properties");
			return Arrays.stream(french)
				.map((resource) -> "messages/" + resource.getFilename().replace("_fr.properties", ""))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new LanguageArgumentResolver(this.languages));
	}

	PathLanguageResolver languages() {
		return this.languages;
	}

}
