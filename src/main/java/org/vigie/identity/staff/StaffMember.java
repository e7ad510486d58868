package org.vigie.identity.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.vigie.identity.Role;
import org.vigie.site.Language;

/**
 * A member of the NGO's staff who signs in to the back-office.
 */
@Entity
@Table(name = "identity_staff")
public class StaffMember {

	/** Failed sign-ins in a row that lock the account. */
	static final int LOCK_AFTER_FAILURES = 5;

	/** How long a locked account stays locked. */
	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	/**
	 * Wrong second-factor codes, over any number of password sign-ins, that lock the
	 * account until its password is reset: whoever types them knows the password.
	 */
	static final int LOCK_AFTER_WRONG_CODES = 5;

	/** What a lock that only a password reset lifts reports as its end. */
	static final Instant UNTIL_PASSWORD_RESET = Instant.parse("9999-12-31T23:59:59Z");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "lang", nullable = false)
	private String language;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "failed_second_factors", nullable = false)
	private int failedSecondFactors;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_last_step", nullable = false)
	private long totpLastStep;

	@Column(name = "session_generation", nullable = false)
	private int sessionGeneration;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_staff_role", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected StaffMember() {
	}

	public StaffMember(String email, String displayName, String passwordHash, Language language, Set<Role> roles,
			Instant now) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language.code();
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	/** Email addresses are compared without case or surrounding spaces. */
	public static String normalise(String email) {
		return (email != null) ? email.strip().toLowerCase(java.util.Locale.ROOT) : null;
	}

	public boolean isLockedAt(Instant now) {
		return isLockedBySecondFactor() || (this.lockedUntil != null && now.isBefore(this.lockedUntil));
	}

	/** Until when the account is locked, or {@code null}. */
	Instant lockedUntil() {
		return isLockedBySecondFactor() ? UNTIL_PASSWORD_RESET : this.lockedUntil;
	}

	boolean isLockedBySecondFactor() {
		return this.failedSecondFactors >= LOCK_AFTER_WRONG_CODES;
	}

	/**
	 * Counts a wrong second-factor code; says whether it locked the account, which also
	 * ends its sessions (a pending one included).
	 */
	boolean wrongSecondFactor() {
		this.failedSecondFactors++;
		if (this.failedSecondFactors == LOCK_AFTER_WRONG_CODES) {
			endSessions();
			return true;
		}
		return false;
	}

	/** Counts a failed sign-in; says whether it locked the account. */
	boolean failedSignIn(Instant now) {
		this.failedLogins++;
		if (this.failedLogins >= LOCK_AFTER_FAILURES) {
			this.failedLogins = 0;
			this.lockedUntil = now.plus(LOCK_DURATION);
			return true;
		}
		return false;
	}

	/**
	 * A complete sign-in, password and second factor: only this clears the failure
	 * counts.
	 */
	void signedIn() {
		this.failedLogins = 0;
		this.failedSecondFactors = 0;
		this.lockedUntil = null;
	}

	public boolean hasSecondFactor() {
		return this.totpSecret != null;
	}

	String totpSecret() {
		return this.totpSecret;
	}

	void enrolSecondFactor(String secret) {
		this.totpSecret = secret;
	}

	/** Accepts a time step once only, so an overheard code cannot be replayed. */
	boolean useTimeStep(long step) {
		if (step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	/** Whether a session signed in during {@code generation} may still be used. */
	public boolean acceptsSession(int generation) {
		return this.enabled && generation == this.sessionGeneration;
	}

	public int getSessionGeneration() {
		return this.sessionGeneration;
	}

	void endSessions() {
		this.sessionGeneration++;
	}

	void changePassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.passwordChangedAt = now;
		this.failedLogins = 0;
		this.failedSecondFactors = 0;
		this.lockedUntil = null;
		endSessions();
	}

	/** The same password, hashed again with today's parameters. */
	void rehash(String hash) {
		this.passwordHash = hash;
	}

	void chooseLanguage(Language language) {
		this.language = language.code();
	}

	/** Replaces the roles; sessions signed in with the old ones end. */
	void replaceRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
		endSessions();
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Language getLanguage() {
		return Language.fromCode(this.language).orElse(Language.FR);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getLockedUntil() {
		return lockedUntil();
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
