package org.vigie.identity.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.Role;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites people to the staff by email and turns an accepted invitation into an account.
 * The link holds a random token of which only a hash is stored; it works once, for 48
 * hours.
 */
@Component
public class Invitations {

	public static final Duration VALIDITY = Duration.ofHours(48);

	private final InvitationRepository invitations;

	private final StaffAccounts accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final SiteProperties site;

	private final Clock clock;

	Invitations(InvitationRepository invitations, StaffAccounts accounts, Mailer mailer, MessageSource messages,
			AuditTrail audit, SiteProperties site, Clock clock) {
		this.invitations = invitations;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Sends an invitation; the caller has checked the address is valid and not yet a
	 * member.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_STAFF_MANAGE')")
	public void invite(String email, Set<Role> roles, Language language, String invitedBy) {
		String token = Tokens.newToken();
		Instant now = this.clock.instant();
		String address = StaffMember.normalise(email);
		this.invitations
			.save(new Invitation(address, roles, language, Tokens.hash(token), invitedBy, now, now.plus(VALIDITY)));
		String link = this.site.absolute("/admin/invitation?token=" + token);
		String subject = this.messages.getMessage("invitation.mail.subject", new Object[] { this.site.name() },
				language.locale());
		String text = this.messages.getMessage("invitation.mail.text", new Object[] { this.site.name(), link },
				language.locale());
		this.mailer.send(new Email(address, subject, text));
		this.audit.record(AuditAction.STAFF_INVITED, invitedBy, address, "roles " + roles);
	}

	/** The invitation a link leads to, if it is still open. */
	@Transactional(readOnly = true)
	public Optional<Invitation> open(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.invitations.findByTokenHash(Tokens.hash(token))
			.filter((invitation) -> invitation.isOpenAt(this.clock.instant()));
	}

	/**
	 * Creates the account of an open invitation; empty when the link is expired or used.
	 */
	@Transactional
	public Optional<StaffMember> accept(String token, String displayName, String password, Language language) {
		Optional<Invitation> invitation = open(token);
		if (invitation.isEmpty() || this.accounts.emailTaken(invitation.get().getEmail())) {
			return Optional.empty();
		}
		Invitation accepted = this.invitations.findById(invitation.get().getId()).orElseThrow();
		accepted.accept(this.clock.instant());
		return Optional.of(this.accounts.create(accepted.getEmail(), displayName, password, language,
				accepted.getRoles(), accepted.getEmail()));
	}

}
