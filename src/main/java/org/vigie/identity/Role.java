package org.vigie.identity;

/**
 * The roles a staff member can hold. What each role may do is declared by the modules, as
 * {@link PermissionGrants}: a role holds the least set of permissions its work needs, and
 * administrators hold them all.
 */
public enum Role {

	ADMINISTRATOR(true),

	EDITOR(false),

	AUTHOR(false),

	ANALYST(true),

	FUNDRAISER(false),

	TRAINER(false);

	private final boolean requiresSecondFactor;

	Role(boolean requiresSecondFactor) {
		this.requiresSecondFactor = requiresSecondFactor;
	}

	/** Whether holders of this role must sign in with a second factor. */
	public boolean requiresSecondFactor() {
		return this.requiresSecondFactor;
	}

}
