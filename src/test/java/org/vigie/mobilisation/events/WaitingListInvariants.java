package org.vigie.mobilisation.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting list's rules, checked on two states of one event's registrations (before
 * and after one step), whoever made the step: the pure rules in a model, or the real
 * service on the database.
 */
final class WaitingListInvariants {

	private WaitingListInvariants() {
	}

	/**
	 * Checks one step.
	 * @param capacity the event's places
	 * @param before the registrations before the step, by id
	 * @param after the registrations after it
	 * @param cancelled every registration ever cancelled, declined or expired
	 * @param requested the seats each registration asked for
	 */
	static void check(Integer capacity, Map<UUID, Allocation.Entry> before, Map<UUID, Allocation.Entry> after,
			Set<UUID> cancelled, Map<UUID, Integer> requested) {
		List<Allocation.Entry> now = List.copyOf(after.values());
		// Never above capacity.
		if (capacity != null) {
			assertThat(Allocation.held(now)).as("places held").isLessThanOrEqualTo(capacity);
		}
		// Groups all or nothing: a registration holds all its seats or none.
		for (Allocation.Entry entry : now) {
			assertThat(entry.seats()).as("seats of " + entry.id()).isEqualTo(requested.get(entry.id()));
		}
		// Someone who cancelled (declined, let an offer expire) is never offered again.
		for (UUID id : cancelled) {
			if (after.containsKey(id)) {
				assertThat(after.get(id).status().active()).as("ended registration back on the list").isFalse();
			}
		}
		// At rest nobody waiting fits in the free places.
		int free = Allocation.free(capacity, now);
		for (Allocation.Entry entry : now) {
			if (entry.status() == RegistrationStatus.WAITLISTED) {
				assertThat(entry.seats()).as("a waiting registration that fits").isGreaterThan(free);
			}
		}
		// First come, first served within priority: whoever was passed over by a new
		// offer did not fit in what was left at their turn.
		List<Allocation.Entry> granted = now.stream()
			.filter((entry) -> entry.status() == RegistrationStatus.OFFERED && before.containsKey(entry.id())
					&& before.get(entry.id()).status() == RegistrationStatus.WAITLISTED)
			.sorted(Allocation.ORDER)
			.toList();
		if (granted.isEmpty()) {
			return;
		}
		int available = free + granted.stream().mapToInt(Allocation.Entry::seats).sum();
		List<Allocation.Entry> waitingBefore = before.values()
			.stream()
			.filter((entry) -> entry.status() == RegistrationStatus.WAITLISTED && after.containsKey(entry.id()))
			.map((entry) -> after.get(entry.id()))
			.sorted(Allocation.ORDER)
			.toList();
		Allocation.Entry last = granted.get(granted.size() - 1);
		for (Allocation.Entry entry : waitingBefore) {
			if (Allocation.ORDER.compare(entry, last) > 0) {
				break;
			}
			if (entry.status() == RegistrationStatus.OFFERED) {
				available -= entry.seats();
			}
			else {
				assertThat(entry.seats()).as("passed over while it fitted: " + entry).isGreaterThan(available);
			}
		}
	}

	/** The order of an entry, for messages. */
	static Comparator<Allocation.Entry> order() {
		return Allocation.ORDER;
	}

}
