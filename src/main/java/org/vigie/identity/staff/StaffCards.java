package org.vigie.identity.staff;

import java.util.List;
import java.util.Optional;

import org.vigie.identity.Permission;
import org.vigie.identity.StaffDirectory;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff directory other modules read: names and ids only.
 */
@Component
class StaffCards implements StaffDirectory {

	private final StaffRepository staff;

	private final RolePermissions grants;

	StaffCards(StaffRepository staff, RolePermissions grants) {
		this.staff = staff;
		this.grants = grants;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffCard> holding(Permission permission) {
		return this.staff.findAll(Sort.by("displayName"))
			.stream()
			.filter((member) -> member.isEnabled() && this.grants.heldBy(member.getRoles()).contains(permission))
			.map(StaffCards::card)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffCard> find(long staffId) {
		return this.staff.findById(staffId).map(StaffCards::card);
	}

	private static StaffCard card(StaffMember member) {
		return new StaffCard(member.getId(), member.getDisplayName(), member.isEnabled());
	}

}
