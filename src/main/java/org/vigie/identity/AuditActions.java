package org.vigie.identity;

import java.util.List;

/**
 * The audit actions a module records, declared as a bean so the audit trail can offer
 * them as a filter. Identity declares its own the same way.
 *
 * @param actions the actions, in the order the filter lists them
 */
public record AuditActions(List<AuditAction> actions) {

	public AuditActions {
		actions = List.copyOf(actions);
	}

	public static AuditActions of(AuditAction... actions) {
		return new AuditActions(List.of(actions));
	}

}
