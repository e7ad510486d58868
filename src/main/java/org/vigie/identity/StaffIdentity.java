package org.vigie.identity;

import org.vigie.site.Language;

/**
 * The signed-in staff member as other modules see them. Controllers receive it with
 * {@code @AuthenticationPrincipal StaffIdentity me}.
 */
public interface StaffIdentity {

	/** The account's id, stable for the life of the account. */
	long id();

	/** The address the person signs in with; the audit trail names them by it. */
	String email();

	/** The name shown in the back-office and, for authors, on the public site. */
	String displayName();

	/** The language of the back-office for this person. */
	Language language();

	/** Whether this person's roles grant the permission. */
	boolean can(Permission permission);

}
