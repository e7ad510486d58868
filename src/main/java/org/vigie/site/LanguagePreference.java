package org.vigie.site;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Implemented by a module that knows which language a visitor chose for pages outside the
 * language trees (the back-office, for a signed-in staff member).
 */
public interface LanguagePreference {

	Optional<Language> preferredLanguage(HttpServletRequest request);

}
