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
 * A signed-in staff member as Spring Security sees them: their permissions are the
 * authorities.
 *
 * @param id the account's id
 * @param email the account's email, used to sign in
 * @param displayName the name shown in the back-office
 * @param language the language of the back-office for this person
 * @param passwordHash the Argon2id hash
 * @param enabled whether the account may sign in
 * @param lockedUntil until when the account is locked, or {@code null}
 * @param authorities the permissions, as {@code PERM_…} authorities
 * @param needsSecondFactor whether signing in takes a second factor
 * @param sessionGeneration the generation of sessions this sign-in belongs to
 */
public record StaffPrincipal(long id, String email, String displayName, Language language, String passwordHash,
		boolean enabled, Instant lockedUntil, List<GrantedAuthority> authorities, boolean needsSecondFactor,
		int sessionGeneration) implements UserDetails, StaffIdentity {

	static StaffPrincipal of(StaffMember member, RolePermissions grants) {
		List<GrantedAuthority> authorities = grants.heldBy(member.getRoles())
			.stream()
			.map((permission) -> (GrantedAuthority) new SimpleGrantedAuthority(permission.authority()))
			.toList();
		return new StaffPrincipal(member.getId(), member.getEmail(), member.getDisplayName(), member.getLanguage(),
				member.getPasswordHash(), member.isEnabled(), member.getLockedUntil(), authorities,
				member.needsSecondFactor(), member.getSessionGeneration());
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
