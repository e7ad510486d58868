package org.vigie.site.web;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.site.Language;
import org.vigie.site.LanguagePreference;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Takes the language from the first segment of the address ({@code /nl/…}); outside the
 * language trees (the root, the back-office, error pages of unknown addresses) from a
 * module's {@link LanguagePreference} (a staff member's choice), then the browser's
 * {@code Accept-Language}, then the site's default.
 */
class PathLanguageResolver implements LocaleResolver {

	private static final String RESOLVED = PathLanguageResolver.class.getName() + ".language";

	private final Language defaultLanguage;

	/**
	 * Looked up when needed: the modules providing preferences may need this module's
	 * beans.
	 */
	private final ObjectProvider<LanguagePreference> preferences;

	PathLanguageResolver(Language defaultLanguage, ObjectProvider<LanguagePreference> preferences) {
		this.defaultLanguage = defaultLanguage;
		this.preferences = preferences;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return language(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new IllegalStateException("The language is part of the address; link to another address instead");
	}

	/** The page's language, worked out once per request. */
	Language language(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Language resolved) {
			return resolved;
		}
		Language language = fromPath(originalPath(request)).or(() -> preferred(request))
			.orElseGet(() -> fromBrowser(request));
		request.setAttribute(RESOLVED, language);
		return language;
	}

	private Optional<Language> preferred(HttpServletRequest request) {
		for (LanguagePreference preference : this.preferences.orderedStream().toList()) {
			Optional<Language> language = preference.preferredLanguage(request);
			if (language.isPresent()) {
				return language;
			}
		}
		return Optional.empty();
	}

	Language fromBrowser(HttpServletRequest request) {
		return fromBrowser(request, this.defaultLanguage);
	}

	/**
	 * The first supported language of the browser's {@code Accept-Language}, else the
	 * fallback.
	 */
	static Language fromBrowser(HttpServletRequest request, Language fallback) {
		if (request.getHeader("Accept-Language") == null) {
			return fallback;
		}
		Enumeration<Locale> locales = request.getLocales();
		while (locales.hasMoreElements()) {
			Optional<Language> language = Language.fromCode(locales.nextElement().getLanguage());
			if (language.isPresent()) {
				return language.get();
			}
		}
		return fallback;
	}

	static Optional<Language> fromPath(String path) {
		if (path == null || path.length() < 3 || path.charAt(0) != '/') {
			return Optional.empty();
		}
		if (path.length() > 3 && path.charAt(3) != '/') {
			return Optional.empty();
		}
		return Language.fromCode(path.substring(1, 3));
	}

	private static String originalPath(HttpServletRequest request) {
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (errorPath instanceof String path) ? path : request.getRequestURI();
	}

}
