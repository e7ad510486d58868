package org.vigie.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.staff.Invitation;
import org.vigie.identity.staff.Invitations;
import org.vigie.identity.staff.PasswordResets;
import org.vigie.site.Language;
import org.vigie.site.LanguagePreference;

import org.springframework.stereotype.Component;

/**
 * Pages reached from an emailed link speak the language of the email: the invitation's,
 * or the staff member's for a password reset.
 */
@Component
class LinkLanguage implements LanguagePreference {

	private final Invitations invitations;

	private final PasswordResets resets;

	LinkLanguage(Invitations invitations, PasswordResets resets) {
		this.invitations = invitations;
		this.resets = resets;
	}

	@Override
	public Optional<Language> preferredLanguage(HttpServletRequest request) {
		String token = request.getParameter("token");
		return switch (request.getRequestURI()) {
			case "/admin/invitation" -> this.invitations.open(token).map(Invitation::getLanguage);
			case "/admin/password-reset/new" -> this.resets.language(token);
			default -> Optional.empty();
		};
	}

}
