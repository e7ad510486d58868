package org.vigie.identity;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The permissions a module checks and the roles that hold each, declared as a bean.
 * Administrators hold every declared permission; a permission no module declares is held
 * by nobody, so a route or a check that names it is refused.
 *
 * @param grants each permission with the roles that hold it besides administrators
 */
public record PermissionGrants(Map<Permission, Set<Role>> grants) {

	public PermissionGrants {
		Map<Permission, Set<Role>> copy = new LinkedHashMap<>();
		grants.forEach((permission, roles) -> copy.put(permission,
				roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles))));
		grants = java.util.Collections.unmodifiableMap(copy);
	}

	/** Starts a declaration. */
	public static PermissionGrants none() {
		return new PermissionGrants(Map.of());
	}

	/** This declaration with one more permission, held by the given roles. */
	public PermissionGrants grant(Permission permission, Role... roles) {
		if (this.grants.containsKey(permission)) {
			throw new IllegalArgumentException("Permission declared twice: " + permission);
		}
		Map<Permission, Set<Role>> more = new LinkedHashMap<>(this.grants);
		more.put(permission, Set.of(roles));
		return new PermissionGrants(more);
	}

	/** The permissions these roles hold by this declaration. */
	public Set<Permission> heldBy(Set<Role> roles) {
		Set<Permission> held = new java.util.HashSet<>();
		this.grants.forEach((permission, holders) -> {
			if (roles.contains(Role.ADMINISTRATOR) || holders.stream().anyMatch(roles::contains)) {
				held.add(permission);
			}
		});
		return held;
	}

}
