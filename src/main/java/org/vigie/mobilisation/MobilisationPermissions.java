package org.vigie.mobilisation;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permissions the mobilisation back-office checks, and which roles hold them.
 */
public final class MobilisationPermissions {

	/**
	 * Run campaigns and statements (moderate signatures, export them), events
	 * (registrations, check-in), workshop requests, and see the module's figures.
	 */
	public static final Permission MOBILISE = new Permission("MOBILISATION_MANAGE");

	/** Compose and send the newsletter; editors hold it too. */
	public static final Permission NEWSLETTER = new Permission("NEWSLETTER_SEND");

	private MobilisationPermissions() {
	}

	/** Which roles hold them (administrators hold them too). */
	public static PermissionGrants grants() {
		return PermissionGrants.none().grant(MOBILISE, Role.CAMPAIGNER).grant(NEWSLETTER, Role.CAMPAIGNER, Role.EDITOR);
	}

}
