package org.vigie.identity.staff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

import org.springframework.stereotype.Component;

/**
 * Every permission the modules declare, and which roles hold it. Built once at start-up
 * from the {@link PermissionGrants} beans; a permission declared by two modules stops the
 * start, since two owners of one name would grant each other's rights.
 */
@Component
public class RolePermissions {

	private final Map<Permission, PermissionGrants> owners = new HashMap<>();

	private final List<PermissionGrants> declarations;

	public RolePermissions(List<PermissionGrants> declarations) {
		this.declarations = List.copyOf(declarations);
		for (PermissionGrants declaration : declarations) {
			for (Permission permission : declaration.grants().keySet()) {
				if (this.owners.putIfAbsent(permission, declaration) != null) {
					throw new IllegalStateException("Permission declared by two modules: " + permission);
				}
			}
		}
	}

	/** The permissions held by someone with these roles. */
	public Set<Permission> heldBy(Set<Role> roles) {
		Set<Permission> held = new HashSet<>();
		this.declarations.forEach((declaration) -> held.addAll(declaration.heldBy(roles)));
		return held;
	}

	/** Whether a module declares this permission. */
	public boolean declares(Permission permission) {
		return this.owners.containsKey(permission);
	}

}
