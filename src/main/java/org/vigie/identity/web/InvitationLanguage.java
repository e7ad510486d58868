package org.vigie.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.staff.Invitation;
import org.vigie.identity.staff.Invitations;
import org.vigie.site.Language;
import org.vigie.site.LanguagePreference;

import org.springframework.stereotype.Component;

/**
 * An invitation's page speaks the language the invitation was written in.
 */
@Component
class InvitationLanguage implements LanguagePreference {

	private final Invitations invitations;

	InvitationLanguage(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public Optional<Language> preferredLanguage(HttpServletRequest request) {
		if (!"/admin/invitation".equals(request.getRequestURI())) {
			return Optional.empty();
		}
		return this.invitations.open(request.getParameter("token")).map(Invitation::getLanguage);
	}

}
