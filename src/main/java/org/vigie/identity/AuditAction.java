package org.vigie.identity;

/**
 * What an audit entry records.
 */
public enum AuditAction {

	SETUP, SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGN_OUT, STAFF_CREATED, ROLES_CHANGED, STAFF_DISABLED, PUBLISHED,
	UNPUBLISHED, DELETED, RESTORED

}
