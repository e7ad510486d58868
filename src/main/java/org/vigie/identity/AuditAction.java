package org.vigie.identity;

import java.util.regex.Pattern;

/**
 * What an audit entry records. Identity's own actions are here; other modules name theirs
 * (content's {@code PUBLISHED}, the reporting line's…) and list them in an
 * {@link AuditActions} bean so the audit trail's filter offers them. Each action's label
 * is the message {@code audit.action.<NAME>}, in the bundle of the module that owns it.
 *
 * @param name the action's name, upper case with underscores, as stored in the trail
 */
public record AuditAction(String name) {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,62}");

	public static final AuditAction SETUP = new AuditAction("SETUP");

	public static final AuditAction SIGN_IN = new AuditAction("SIGN_IN");

	public static final AuditAction SIGN_IN_FAILED = new AuditAction("SIGN_IN_FAILED");

	public static final AuditAction LOCKED_OUT = new AuditAction("LOCKED_OUT");

	public static final AuditAction SIGN_OUT = new AuditAction("SIGN_OUT");

	public static final AuditAction SECOND_FACTOR_ENROLLED = new AuditAction("SECOND_FACTOR_ENROLLED");

	public static final AuditAction RECOVERY_CODE_USED = new AuditAction("RECOVERY_CODE_USED");

	public static final AuditAction STAFF_INVITED = new AuditAction("STAFF_INVITED");

	public static final AuditAction STAFF_CREATED = new AuditAction("STAFF_CREATED");

	public static final AuditAction ROLES_CHANGED = new AuditAction("ROLES_CHANGED");

	public static final AuditAction STAFF_DISABLED = new AuditAction("STAFF_DISABLED");

	public static final AuditAction STAFF_ENABLED = new AuditAction("STAFF_ENABLED");

	public static final AuditAction SIGNED_OUT_EVERYWHERE = new AuditAction("SIGNED_OUT_EVERYWHERE");

	public static final AuditAction PASSWORD_RESET_REQUESTED = new AuditAction("PASSWORD_RESET_REQUESTED");

	public static final AuditAction PASSWORD_RESET = new AuditAction("PASSWORD_RESET");

	public static final AuditAction PASSWORD_CHANGED = new AuditAction("PASSWORD_CHANGED");

	/**
	 * The audit chain was sealed with the server key (entries before it were unkeyed).
	 */
	public static final AuditAction AUDIT_KEYED = new AuditAction("AUDIT_KEYED");

	public AuditAction {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("An audit action is named in upper case with underscores: " + name);
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

}
