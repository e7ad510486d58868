package org.vigie.media;

import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;
import org.vigie.identity.Role;

/**
 * The permissions the media module checks, and which roles hold them.
 */
public final class MediaPermissions {

	/** Upload images and documents and write their text alternatives. */
	public static final Permission UPLOAD = new Permission("MEDIA_UPLOAD");

	/**
	 * Write the text alternatives of anyone's images; without it, only of one's own
	 * uploads.
	 */
	public static final Permission DESCRIBE_ANY = new Permission("MEDIA_DESCRIBE_ANY");

	private MediaPermissions() {
	}

	/** Which roles hold them (administrators hold them too). */
	public static PermissionGrants grants() {
		return PermissionGrants.none().grant(UPLOAD, Role.EDITOR, Role.AUTHOR).grant(DESCRIBE_ANY, Role.EDITOR);
	}

}
