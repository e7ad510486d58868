package org.vigie.media;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permission the media module checks, and which roles hold it.
 */
public final class MediaPermissions {

	/** Upload images and documents and write their text alternatives. */
	public static final Permission UPLOAD = new Permission("MEDIA_UPLOAD");

	private MediaPermissions() {
	}

	/** Which roles hold it (administrators hold it too). */
	public static PermissionGrants grants() {
		return PermissionGrants.none().grant(UPLOAD, Role.EDITOR, Role.AUTHOR);
	}

}
