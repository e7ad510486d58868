package org.vigie.identity;

import java.util.Optional;

/**
 * Implemented by modules whose data depends on who holds a permission (the reporting line
 * needs at least one analyst who can open its reports). Identity consults every such bean
 * before it changes a member's roles or disables them, and tells them once the change is
 * made, in the same transaction.
 */
public interface StaffAccessGuard {

	/**
	 * Whether the change must be refused.
	 * @return the message key of the reason shown to the administrator, or empty to let
	 * it happen
	 */
	Optional<String> refusal(StaffChange change);

	/**
	 * The change was made (not yet committed: throwing undoes it). A module discards what
	 * the member no longer may hold.
	 */
	default void changed(StaffChange change) {
	}

}
