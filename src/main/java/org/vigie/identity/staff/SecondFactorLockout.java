package org.vigie.identity.staff;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong second-factor codes (app codes and recovery codes alike) on the account,
 * apart from wrong passwords: a correct password does not clear the count, only a
 * complete sign-in does. At {@value StaffMember#LOCK_AFTER_WRONG_CODES} the account is
 * locked until its password is reset, its sessions end, and its owner is told by email,
 * in their language, that someone knows their password.
 */
@Component
public class SecondFactorLockout {

	private final StaffRepository staff;

	private final Mailer mailer;

	private final MessageSource messages;

	private final SiteProperties site;

	private final AuditTrail audit;

	SecondFactorLockout(StaffRepository staff, Mailer mailer, MessageSource messages, SiteProperties site,
			AuditTrail audit) {
		this.staff = staff;
		this.mailer = mailer;
		this.messages = messages;
		this.site = site;
		this.audit = audit;
	}

	/**
	 * Whether the account is locked by wrong codes, so the second step must not go on.
	 */
	@Transactional(readOnly = true)
	public boolean isLocked(long staffId) {
		return this.staff.findById(staffId).map(StaffMember::isLockedBySecondFactor).orElse(true);
	}

	/** Counts a wrong code; says whether the account is now locked. */
	@Transactional
	public boolean wrongCode(long staffId) {
		StaffMember member = this.staff.findForUpdateById(staffId).orElseThrow();
		this.audit.record(AuditAction.SIGN_IN_FAILED, member.getEmail(), null, "second factor");
		if (member.wrongSecondFactor()) {
			this.audit.record(AuditAction.LOCKED_OUT, member.getEmail(), null,
					StaffMember.LOCK_AFTER_WRONG_CODES + " wrong second-factor codes, locked until a password reset");
			tellOwner(member);
		}
		return member.isLockedBySecondFactor();
	}

	private void tellOwner(StaffMember member) {
		var locale = member.getLanguage().locale();
		String link = this.site.absolute("/admin/password-reset");
		this.mailer.send(new Email(member.getEmail(),
				this.messages.getMessage("lockout.mail.subject", new Object[] { this.site.name() }, locale),
				this.messages.getMessage("lockout.mail.text",
						new Object[] { this.site.name(), StaffMember.LOCK_AFTER_WRONG_CODES, link }, locale)));
	}

}
