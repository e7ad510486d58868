package org.vigie.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a staff member can hold, each a least-privilege set of {@link Permission}s.
 */
public enum Role {

	ADMINISTRATOR(EnumSet.allOf(Permission.class), true),

	EDITOR(EnumSet.of(Permission.CONTENT_WRITE_OWN, Permission.CONTENT_EDIT_ANY, Permission.CONTENT_PUBLISH,
			Permission.MEDIA_UPLOAD, Permission.AUDIT_READ), false),

	AUTHOR(EnumSet.of(Permission.CONTENT_WRITE_OWN, Permission.MEDIA_UPLOAD), false),

	ANALYST(EnumSet.of(Permission.REPORTS_ANALYSE), true),

	FUNDRAISER(EnumSet.of(Permission.FUNDS_MANAGE), false),

	TRAINER(EnumSet.of(Permission.TRAINING_MANAGE), false);

	private final Set<Permission> permissions;

	private final boolean requiresSecondFactor;

	Role(Set<Permission> permissions, boolean requiresSecondFactor) {
		this.permissions = Set.copyOf(permissions);
		this.requiresSecondFactor = requiresSecondFactor;
	}

	public Set<Permission> permissions() {
		return this.permissions;
	}

	/** Whether holders of this role must sign in with a second factor. */
	public boolean requiresSecondFactor() {
		return this.requiresSecondFactor;
	}

}
