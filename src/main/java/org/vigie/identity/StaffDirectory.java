package org.vigie.identity;

import java.util.List;
import java.util.Optional;

/**
 * Who the staff are, as other modules may see them: names and ids, never addresses or
 * passwords. The reporting line uses it to offer analysts to assign a report to.
 */
public interface StaffDirectory {

	/** The enabled members who hold a permission, by name. */
	List<StaffCard> holding(Permission permission);

	/** A member, enabled or not. */
	Optional<StaffCard> find(long staffId);

	/**
	 * A staff member as another module shows them.
	 *
	 * @param id the account's id
	 * @param displayName the name shown in the back-office
	 * @param enabled whether they can sign in
	 */
	record StaffCard(long id, String displayName, boolean enabled) {
	}

}
