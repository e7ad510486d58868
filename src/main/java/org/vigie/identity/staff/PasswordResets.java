package org.vigie.identity.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.PasswordBoundSecrets;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resets forgotten passwords by an emailed link, valid one hour and once. The answer to a
 * request never says whether the address has an account. A reset ends every session, and
 * secrets wrapped under the old password are discarded by their modules, as nobody can
 * open them any more.
 */
@Component
public class PasswordResets {

	public static final Duration VALIDITY = Duration.ofHours(1);

	private final StaffRepository staff;

	private final PasswordResetRepository resets;

	private final List<PasswordBoundSecrets> secrets;

	private final PasswordEncoder passwords;

	private final Mailer mailer;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final SiteProperties site;

	private final Clock clock;

	PasswordResets(StaffRepository staff, PasswordResetRepository resets, List<PasswordBoundSecrets> secrets,
			PasswordEncoder passwords, Mailer mailer, MessageSource messages, AuditTrail audit, SiteProperties site,
			Clock clock) {
		this.staff = staff;
		this.resets = resets;
		this.secrets = secrets;
		this.passwords = passwords;
		this.mailer = mailer;
		this.messages = messages;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Emails a reset link if the address belongs to an enabled account; does nothing
	 * otherwise.
	 */
	@Transactional
	public void request(String email) {
		Optional<StaffMember> found = this.staff.findByEmail(StaffMember.normalise(email))
			.filter(StaffMember::isEnabled);
		if (found.isEmpty()) {
			return;
		}
		StaffMember member = found.get();
		String token = Tokens.newToken();
		Instant now = this.clock.instant();
		this.resets.save(new PasswordReset(member.getId(), Tokens.hash(token), now, now.plus(VALIDITY)));
		String link = this.site.absolute("/admin/password-reset/new?token=" + token);
		var locale = member.getLanguage().locale();
		this.mailer.send(new Email(member.getEmail(),
				this.messages.getMessage("reset.mail.subject", new Object[] { this.site.name() }, locale),
				this.messages.getMessage("reset.mail.text", new Object[] { this.site.name(), link }, locale)));
		this.audit.record(AuditAction.PASSWORD_RESET_REQUESTED, member.getEmail(), null, null);
	}

	/** The language of the person an open link belongs to. */
	@Transactional(readOnly = true)
	public Optional<org.vigie.site.Language> language(String token) {
		return open(token).flatMap((reset) -> this.staff.findById(reset.staffId())).map(StaffMember::getLanguage);
	}

	/** The address of the account an open link belongs to. */
	@Transactional(readOnly = true)
	public Optional<String> email(String token) {
		return open(token).flatMap((reset) -> this.staff.findById(reset.staffId())).map(StaffMember::getEmail);
	}

	@Transactional(readOnly = true)
	public boolean isOpen(String token) {
		return open(token).isPresent();
	}

	/**
	 * Sets the new password through an open link; says whether the link was still valid.
	 */
	@Transactional
	public boolean reset(String token, String newPassword) {
		Optional<PasswordReset> reset = open(token);
		if (reset.isEmpty()) {
			return false;
		}
		Instant now = this.clock.instant();
		reset.get().use(now);
		StaffMember member = this.staff.findById(reset.get().staffId()).orElseThrow();
		member.changePassword(this.passwords.encode(newPassword), now);
		this.secrets.forEach((module) -> module.passwordReset(member.getId()));
		this.audit.record(AuditAction.PASSWORD_RESET, member.getEmail(), null, "all sessions ended");
		return true;
	}

	private Optional<PasswordReset> open(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.resets.findByTokenHash(Tokens.hash(token)).filter((reset) -> reset.isOpenAt(this.clock.instant()));
	}

}
