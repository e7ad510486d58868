package org.vigie.advocacy;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permission the advocacy back-office checks, and which role holds it.
 */
public final class AdvocacyPermissions {

	/**
	 * Keep the advocacy data: networks, projects, the tracker, recommendations and the
	 * policy watch (with its private notes).
	 */
	public static final Permission ADVOCATE = new Permission("ADVOCACY_MANAGE");

	private AdvocacyPermissions() {
	}

	/** Which roles hold it (administrators hold it too). */
	public static PermissionGrants grants() {
		return PermissionGrants.none().grant(ADVOCATE, Role.ADVOCACY);
	}

}
