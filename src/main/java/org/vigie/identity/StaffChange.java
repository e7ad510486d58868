package org.vigie.identity;

import java.util.Set;

/**
 * A change to a staff member's access that an administrator asked for: new roles, or the
 * account disabled or enabled again. Given to {@link StaffAccessGuard}s before and after
 * it is made.
 *
 * @param staffId the member
 * @param permissionsBefore what they could do before
 * @param permissionsAfter what they can do after; empty when the account is disabled
 */
public record StaffChange(long staffId, Set<Permission> permissionsBefore, Set<Permission> permissionsAfter) {

	public StaffChange {
		permissionsBefore = Set.copyOf(permissionsBefore);
		permissionsAfter = Set.copyOf(permissionsAfter);
	}

	/** Whether the member loses this permission by the change. */
	public boolean loses(Permission permission) {
		return this.permissionsBefore.contains(permission) && !this.permissionsAfter.contains(permission);
	}

}
