package org.vigie.reporting;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permissions the reporting line checks, and which roles hold them.
 */
public final class ReportingPermissions {

	/** Read, triage, label, assign and answer reports; see the annual figures. */
	public static final Permission ANALYSE = new Permission("REPORTS_ANALYSE");

	/** Prepare a hand-over to the police, or approve another analyst's. */
	public static final Permission HAND_OVER = new Permission("REPORTS_HAND_OVER");

	/**
	 * Configure the line: the police units that receive hand-overs, the organisation's
	 * recovery key, retention.
	 */
	public static final Permission CONFIGURE = new Permission("REPORTS_CONFIGURE");

	private ReportingPermissions() {
	}

	/** Which roles hold them (administrators hold them too). */
	public static PermissionGrants grants() {
		return PermissionGrants.none().grant(ANALYSE, Role.ANALYST).grant(HAND_OVER, Role.ANALYST).grant(CONFIGURE);
	}

}
