package org.vigie.learning;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permissions the awareness cards check, and which roles hold them.
 */
public final class LearningPermissions {

	/**
	 * Write, translate, import and export decks and cards; see their statistics and how
	 * well the schedule's predictions hold.
	 */
	public static final Permission AUTHOR = new Permission("LEARNING_AUTHOR");

	private LearningPermissions() {
	}

	/** Which roles hold them (administrators hold them too). */
	public static PermissionGrants grants() {
		return PermissionGrants.none().grant(AUTHOR, Role.TRAINER);
	}

}
