package org.vigie.identity;

/**
 * The append-only record of security and content events. Each entry is chained to the
 * previous one by a hash, so an edited or removed entry is detected.
 */
public interface AuditTrail {

	/**
	 * Appends an entry, in the caller's transaction when there is one.
	 * @param action what happened
	 * @param actor who did it (an email address, or {@code system})
	 * @param target what it happened to, or {@code null}
	 * @param details a short free-text explanation, or {@code null}
	 */
	void record(AuditAction action, String actor, String target, String details);

}
