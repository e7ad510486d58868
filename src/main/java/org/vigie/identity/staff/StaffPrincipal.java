package org.vigie.identity.staff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.vigie.identity.Permission;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member as Spring Security sees them. After the password alone the
 * only authority is {@link #SECOND_FACTOR_PENDING}; the second factor replaces it with
 * {@link #SIGNED_IN} and the permissions, as {@code PERM_…} authorities, so that no
 * address can be reached with a password alone.
 *
 * @param id the account's id
 * @param email the account's email, used to sign in
 * @param displayName the name shown in the back-office
 * @param language the language of the back-office for this person
 * @param passwordHash the Argon2id hash
 * @param enabled whether the account may sign in
 * @param lockedUntil until when the account is locked, or {@code null}
 * @param authorities the authorities, as above
 * @param sessionGeneration the generation of sessions this sign-in belongs to
 */
public record StaffPrincipal(long id, String email, String displayName, Language language, String passwordHash,
		boolean enabled, Instant lockedUntil, List<GrantedAuthority> authorities,
		int sessionGeneration) implements UserDetails, StaffIdentity {

	/**
	 * The only authority of a session that has given the password but not the second
	 * factor.
	 */
	public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

	/** The authority of a session that has given both factors. */
	public static final String SIGNED_IN = "SIGNED_IN";

	/** The member as the password step sees them: no permission yet. */
	static StaffPrincipal awaitingSecondFactor(StaffMember member) {
		return new StaffPrincipal(member.getId(), member.getEmail(), member.getDisplayName(), member.getLanguage(),
				member.getPasswordHash(), member.isEnabled(), member.lockedUntil(),
				List.of(new SimpleGrantedAuthority(SECOND_FACTOR_PENDING)), member.getSessionGeneration());
	}

	/**
	 * The member once both factors are given: their permissions, and no password hash.
	 */
	static StaffPrincipal signedIn(StaffMember member, RolePermissions grants) {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
		grants.heldBy(member.getRoles())
			.forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
		return new StaffPrincipal(member.getId(), member.getEmail(), member.getDisplayName(), member.getLanguage(), "",
				member.isEnabled(), member.lockedUntil(), List.copyOf(authorities), member.getSessionGeneration());
	}

	/** Whether this session has given the password but not yet the second factor. */
	public boolean awaitsSecondFactor() {
		return this.authorities.stream()
			.anyMatch((authority) -> SECOND_FACTOR_PENDING.equals(authority.getAuthority()));
	}

	@Override
	public boolean can(Permission permission) {
		String wanted = permission.authority();
		return this.authorities.stream().anyMatch((authority) -> wanted.equals(authority.getAuthority()));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || Instant.now().isAfter(this.lockedUntil);
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
