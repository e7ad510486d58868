package org.vigie.identity;

import java.util.regex.Pattern;

/**
 * Something a staff member may do. Roles are sets of permissions; code checks
 * permissions, never roles, so a new role needs no change elsewhere.
 * <p>
 * Each module names its own permissions (content's {@code CONTENT_PUBLISH}, the reporting
 * line's {@code REPORTS_ANALYSE}…) and declares which roles hold them with a
 * {@link PermissionGrants} bean; identity keeps only its own here.
 *
 * @param name the permission's name, upper case with underscores, unique across modules
 */
public record Permission(String name) {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,62}");

	/** Invite, disable and give roles to staff. */
	public static final Permission STAFF_MANAGE = new Permission("STAFF_MANAGE");

	/** Read the audit trail. */
	public static final Permission AUDIT_READ = new Permission("AUDIT_READ");

	public Permission {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A permission is named in upper case with underscores: " + name);
		}
	}

	/** The Spring Security authority that carries this permission. */
	public String authority() {
		return "PERM_" + this.name;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
