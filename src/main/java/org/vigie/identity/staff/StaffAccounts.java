package org.vigie.identity.staff;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.Permission;
import org.vigie.identity.Role;
import org.vigie.identity.ServerKeys;
import org.vigie.identity.StaffAccessGuard;
import org.vigie.identity.StaffChange;
import org.vigie.site.Language;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts and keeps their sign-in bookkeeping: failures count towards a
 * temporary lock, only a complete sign-in (password and second factor) clears them, and
 * every outcome goes to the audit trail.
 */
@Component
public class StaffAccounts implements UserDetailsService, UserDetailsPasswordService {

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final Clock clock;

	private final java.util.List<org.vigie.identity.PasswordBoundSecrets> secrets;

	private final RolePermissions grants;

	private final ServerKeys keys;

	private final java.util.List<StaffAccessGuard> guards;

	StaffAccounts(StaffRepository staff, PasswordEncoder passwords, AuditTrail audit, Clock clock,
			java.util.List<org.vigie.identity.PasswordBoundSecrets> secrets, RolePermissions grants, ServerKeys keys,
			java.util.List<StaffAccessGuard> guards) {
		this.guards = guards;
		this.grants = grants;
		this.keys = keys;
		this.secrets = secrets;
		this.staff = staff;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.staff.findByEmail(StaffMember.normalise(email))
			.map(StaffPrincipal::awaitingSecondFactor)
			.orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
	}

	/**
	 * Replaces a hash made with weaker parameters than today's, at a sign-in whose
	 * password was right; sessions go on.
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newHash) {
		StaffMember member = this.staff.findByEmail(StaffMember.normalise(user.getUsername())).orElseThrow();
		member.rehash(newHash);
		return StaffPrincipal.awaitingSecondFactor(member);
	}

	@Transactional(readOnly = true)
	public boolean anyStaff() {
		return this.staff.count() > 0;
	}

	/** Creates an account; the caller has checked the password's strength. */
	@Transactional
	public StaffMember create(String email, String displayName, String password, Language language, Set<Role> roles,
			String createdBy) {
		StaffMember member = this.staff.save(new StaffMember(email, displayName.strip(),
				this.passwords.encode(password), language, roles, this.clock.instant()));
		this.audit.record(AuditAction.STAFF_CREATED, createdBy, member.getEmail(), "roles " + roles);
		return member;
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return this.staff.findByEmail(StaffMember.normalise(email)).isPresent();
	}

	/**
	 * The password was right: the second factor is still to come, so nothing is cleared.
	 */
	@Transactional
	public void passwordAccepted(String email) {
		this.audit.record(AuditAction.SIGN_IN, StaffMember.normalise(email), null, "password, second factor pending");
	}

	/**
	 * The member as they will be once signed in, with their permissions: what a module
	 * needs to decide what their password opens, before the second factor is given.
	 */
	@Transactional(readOnly = true)
	public org.vigie.identity.StaffIdentity withPermissions(long id) {
		return StaffPrincipal.signedIn(this.staff.findById(id).orElseThrow(), this.grants);
	}

	/**
	 * Both factors were given: clears the failure counts and returns the member with
	 * their permissions, for the session to hold from now on.
	 */
	@Transactional
	public StaffPrincipal completeSignIn(long id, String how) {
		StaffMember member = this.staff.findById(id).orElseThrow();
		member.signedIn();
		this.audit.record(AuditAction.SIGN_IN, member.getEmail(), null, how);
		return StaffPrincipal.signedIn(member, this.grants);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('PERM_STAFF_MANAGE')")
	public java.util.List<StaffMember> all() {
		return this.staff.findAll(org.springframework.data.domain.Sort.by("displayName"));
	}

	/**
	 * Gives a member exactly these roles; an administrator cannot remove their own.
	 * @throws ChangeRefused when a module's {@link StaffAccessGuard} refuses it
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_STAFF_MANAGE')")
	public void changeRoles(long id, Set<Role> roles, String changedBy) {
		StaffMember member = this.staff.findById(id).orElseThrow();
		if (member.getEmail().equals(changedBy) && !roles.contains(Role.ADMINISTRATOR)) {
			throw new IllegalArgumentException("An administrator cannot remove their own administrator role");
		}
		StaffChange change = new StaffChange(id, permissions(member),
				member.isEnabled() ? this.grants.heldBy(roles) : Set.of());
		refuseIfGuarded(change);
		member.replaceRoles(roles);
		this.guards.forEach((guard) -> guard.changed(change));
		this.audit.record(AuditAction.ROLES_CHANGED, changedBy, member.getEmail(),
				"roles " + roles + ", sessions ended");
	}

	/**
	 * Disables or enables an account; nobody can disable themselves.
	 * @throws ChangeRefused when a module's {@link StaffAccessGuard} refuses it
	 */
	@Transactional
	@PreAuthorize("hasAuthority('PERM_STAFF_MANAGE')")
	public void setEnabled(long id, boolean enabled, String changedBy) {
		StaffMember member = this.staff.findById(id).orElseThrow();
		if (member.getEmail().equals(changedBy)) {
			throw new IllegalArgumentException("Staff cannot disable their own account");
		}
		StaffChange change = new StaffChange(id, permissions(member),
				enabled ? this.grants.heldBy(member.getRoles()) : Set.of());
		refuseIfGuarded(change);
		member.setEnabled(enabled);
		this.guards.forEach((guard) -> guard.changed(change));
		if (!enabled) {
			member.endSessions();
		}
		this.audit.record(enabled ? AuditAction.STAFF_ENABLED : AuditAction.STAFF_DISABLED, changedBy,
				member.getEmail(), null);
	}

	/** Ends every session of this member, on every device, the current one included. */
	@Transactional
	public void signOutEverywhere(long id) {
		StaffMember member = this.staff.findById(id).orElseThrow();
		member.endSessions();
		this.audit.record(AuditAction.SIGNED_OUT_EVERYWHERE, member.getEmail(), null, null);
	}

	/**
	 * Whether a session signed in during {@code generation} may still act for this
	 * member.
	 */
	@Transactional(readOnly = true)
	public boolean acceptsSession(long id, int generation) {
		return this.staff.findById(id).map((member) -> member.acceptsSession(generation)).orElse(false);
	}

	/**
	 * Changes a member's own password after checking the current one; secrets wrapped
	 * under the old password are re-wrapped by their modules, and other sessions end.
	 * Returns the new session generation for the current session, or -1 when the current
	 * password is wrong (which counts as a failed sign-in) or the account is locked.
	 */
	@Transactional
	public int changePassword(long id, String currentPassword, String newPassword) {
		StaffMember member = this.staff.findById(id).orElseThrow();
		if (member.isLockedAt(this.clock.instant())) {
			return -1;
		}
		if (!this.passwords.matches(currentPassword, member.getPasswordHash())) {
			failedSignIn(member.getEmail(), "wrong current password on password change");
			return -1;
		}
		member.changePassword(this.passwords.encode(newPassword), this.clock.instant());
		this.secrets
			.forEach((module) -> module.passwordChanged(id, currentPassword.toCharArray(), newPassword.toCharArray()));
		this.audit.record(AuditAction.PASSWORD_CHANGED, member.getEmail(), null, "other sessions ended");
		return member.getSessionGeneration();
	}

	@Transactional
	public void chooseLanguage(long id, Language language) {
		this.staff.findById(id).orElseThrow().chooseLanguage(language);
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String email) {
		return this.staff.findByEmail(StaffMember.normalise(email))
			.map((member) -> member.isLockedAt(this.clock.instant()))
			.orElse(false);
	}

	@Transactional
	public void signedOut(String email) {
		this.audit.record(AuditAction.SIGN_OUT, StaffMember.normalise(email), null, null);
	}

	/**
	 * Records a failed sign-in; an unknown address is audited but locks nothing. What was
	 * typed for an unknown account may be a password in the wrong field, so the trail
	 * keeps only an HMAC of it: repeated attempts with the same text show as the same
	 * tag, and the text itself cannot be read back or guessed offline.
	 */
	@Transactional
	public void failedSignIn(String email, String reason) {
		String address = StaffMember.normalise(email);
		Optional<StaffMember> member = this.staff.findForUpdateByEmail(address);
		this.audit.record(AuditAction.SIGN_IN_FAILED,
				member.map(StaffMember::getEmail).orElseGet(() -> unknown(address)), null, reason);
		member.ifPresent((known) -> {
			if (known.failedSignIn(this.clock.instant())) {
				this.audit.record(AuditAction.LOCKED_OUT, known.getEmail(), null,
						"locked for " + StaffMember.LOCK_DURATION.toMinutes() + " minutes");
			}
		});
	}

	private Set<Permission> permissions(StaffMember member) {
		return member.isEnabled() ? this.grants.heldBy(member.getRoles()) : Set.of();
	}

	private void refuseIfGuarded(StaffChange change) {
		for (StaffAccessGuard guard : this.guards) {
			guard.refusal(change).ifPresent((reason) -> {
				throw new ChangeRefused(reason);
			});
		}
	}

	/** A module refused a change to a member's access; its reason is a message key. */
	public static class ChangeRefused extends RuntimeException {

		private final String reason;

		ChangeRefused(String reason) {
			super("Change refused: " + reason);
			this.reason = reason;
		}

		/** The message key of the reason, to show the administrator. */
		public String reason() {
			return this.reason;
		}

	}

	private String unknown(String typed) {
		if (typed == null || typed.isBlank()) {
			return "unknown";
		}
		return "unknown " + this.keys.keyedHash("identity unknown sign-in", typed).substring(0, 20);
	}

}
