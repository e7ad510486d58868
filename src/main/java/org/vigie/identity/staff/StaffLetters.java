package org.vigie.identity.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.Permission;
import org.vigie.identity.Role;
import org.vigie.identity.StaffMail;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;

/**
 * Sends other modules' letters to the members holding a permission, addresses staying
 * inside identity.
 */
@Component
class StaffLetters implements StaffMail {

	private final StaffRepository staff;

	private final RolePermissions grants;

	private final Mailer mailer;

	StaffLetters(StaffRepository staff, RolePermissions grants, Mailer mailer) {
		this.staff = staff;
		this.grants = grants;
		this.mailer = mailer;
	}

	@Override
	@Transactional
	public int toHolders(Permission permission, Function<Language, Letter> letter) {
		List<StaffMember> enabled = this.staff.findAll(Sort.by("id")).stream().filter(StaffMember::isEnabled).toList();
		List<StaffMember> holders = enabled.stream()
			.filter((member) -> this.grants.heldBy(withoutAdministrator(member.getRoles())).contains(permission))
			.toList();
		if (holders.isEmpty()) {
			holders = enabled.stream().filter((member) -> member.getRoles().contains(Role.ADMINISTRATOR)).toList();
		}
		for (StaffMember member : holders) {
			Letter written = letter.apply(member.getLanguage());
			this.mailer.send(new Email(member.getEmail(), written.subject(), written.text()));
		}
		return holders.size();
	}

	private static Set<Role> withoutAdministrator(Set<Role> roles) {
		Set<Role> others = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		others.remove(Role.ADMINISTRATOR);
		return others;
	}

}
