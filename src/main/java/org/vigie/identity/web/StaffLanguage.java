package org.vigie.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.site.Language;
import org.vigie.site.LanguagePreference;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The back-office speaks each staff member's chosen language.
 */
@Component
class StaffLanguage implements LanguagePreference {

	@Override
	public Optional<Language> preferredLanguage(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
			return Optional.of(staff.language());
		}
		return Optional.empty();
	}

}
