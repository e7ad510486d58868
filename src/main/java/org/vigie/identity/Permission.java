package org.vigie.identity;

/**
 * Something a staff member may do. Roles are sets of permissions; code checks
 * permissions, never roles, so a new role needs no change elsewhere.
 */
public enum Permission {

	/** Write drafts and edit one's own unpublished posts. */
	CONTENT_WRITE_OWN,

	/** Edit anyone's posts and pages. */
	CONTENT_EDIT_ANY,

	/** Publish, schedule, unpublish and delete content. */
	CONTENT_PUBLISH,

	/** Upload images and documents. */
	MEDIA_UPLOAD,

	/** Import another site's content (a WordPress export). */
	CONTENT_IMPORT,

	/** Invite, disable and give roles to staff. */
	STAFF_MANAGE,

	/** Read the audit trail. */
	AUDIT_READ,

	/** Triage reports of the reporting line. */
	REPORTS_ANALYSE,

	/** Reconcile donations and issue tax certificates. */
	FUNDS_MANAGE,

	/** Manage decks, organisations and certificates of the learning module. */
	TRAINING_MANAGE

}
