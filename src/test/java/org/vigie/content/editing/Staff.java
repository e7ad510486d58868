package org.vigie.content.editing;

import java.util.Set;

import org.vigie.content.ContentPermissions;
import org.vigie.identity.Permission;
import org.vigie.identity.Role;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

/**
 * A signed-in staff member for tests of the editing service, with a role's permissions.
 */
record Staff(long id, String email, String displayName, Language language,
		Set<Permission> permissions) implements StaffIdentity {

	static Staff of(long id, Role role) {
		return new Staff(id, role.name().toLowerCase() + id + "@example.org", role.name() + " " + id, Language.FR,
				ContentPermissions.grants().heldBy(Set.of(role)));
	}

	@Override
	public boolean can(Permission permission) {
		return this.permissions.contains(permission);
	}

}
