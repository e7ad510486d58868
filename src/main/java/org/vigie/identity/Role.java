package org.vigie.identity;

/**
 * The roles a staff member can hold. What each role may do is declared by the modules, as
 * {@link PermissionGrants}: a role holds the least set of permissions its work needs, and
 * administrators hold them all. Every role signs in with a second factor.
 */
public enum Role {

	ADMINISTRATOR,

	EDITOR,

	AUTHOR,

	ANALYST,

	FUNDRAISER,

	TRAINER,

	/** Runs campaigns, statements, events, workshop requests and the newsletter. */
	CAMPAIGNER,

	/**
	 * Keeps the advocacy data: networks, projects and their reach, the directive tracker,
	 * recommendations and the policy watch.
	 */
	ADVOCACY

}
