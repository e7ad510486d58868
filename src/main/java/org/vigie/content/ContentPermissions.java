package org.vigie.content;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permissions the content module checks, and which roles hold them.
 */
public final class ContentPermissions {

	/** Write drafts and edit one's own unpublished posts. */
	public static final Permission WRITE_OWN = new Permission("CONTENT_WRITE_OWN");

	/** Edit anyone's posts and pages, and the categories. */
	public static final Permission EDIT_ANY = new Permission("CONTENT_EDIT_ANY");

	/** Publish, schedule, unpublish and delete content. */
	public static final Permission PUBLISH = new Permission("CONTENT_PUBLISH");

	/** Import another site's content (a WordPress export). */
	public static final Permission IMPORT = new Permission("CONTENT_IMPORT");

	private ContentPermissions() {
	}

	/** Which roles hold these permissions (administrators hold them all). */
	public static PermissionGrants grants() {
		return PermissionGrants.none()
			.grant(WRITE_OWN, Role.EDITOR, Role.AUTHOR)
			.grant(EDIT_ANY, Role.EDITOR)
			.grant(PUBLISH, Role.EDITOR)
			.grant(IMPORT);
	}

}
