package org.vigie.fundraising;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permissions the fundraising back-office checks, and which roles hold them.
 */
public final class FundraisingPermissions {

	/**
	 * Create and edit campaigns, import bank statements and match them, see donors and
	 * gifts, refund, record income, export for the accountant, issue tax certificates.
	 */
	public static final Permission FUNDRAISE = new Permission("FUNDRAISING_MANAGE");

	private FundraisingPermissions() {
	}

	/** Which roles hold them (administrators hold them too). */
	public static PermissionGrants grants() {
		return PermissionGrants.none().grant(FUNDRAISE, Role.FUNDRAISER);
	}

}
