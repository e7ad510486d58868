package org.vigie.mobilisation.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The waiting list's rules, as pure functions the registrations use inside the event's
 * lock (and property tests check on their own):
 * <ul>
 * <li>places are held by confirmed registrations and by open offers; together they never
 * exceed the capacity;</li>
 * <li>someone who registers gets their places at once when they all fit in the free
 * places, else waits (a group is never split);</li>
 * <li>when places free, the waiting list is walked by priority (higher first), then by
 * order of arrival; each registration whose seats all fit in what is still free is
 * offered them, one that does not fit is passed over (it keeps its rank for the next
 * freed place) and the walk goes on to the next that fits.</li>
 * </ul>
 * At rest no waiting registration fits in the free places, so a newcomer getting places
 * at once never overtakes anyone who could have had them.
 */
public final class Allocation {

	private Allocation() {
	}

	/**
	 * One registration as the rules see it.
	 *
	 * @param id its identifier
	 * @param seats the places it asks for
	 * @param priority higher first
	 * @param queueNo its rank of arrival
	 * @param status where it stands
	 */
	public record Entry(UUID id, int seats, int priority, long queueNo, RegistrationStatus status) {
	}

	/** The order the waiting list is offered in: priority, then arrival. */
	public static final Comparator<Entry> ORDER = Comparator.comparingInt(Entry::priority)
		.reversed()
		.thenComparingLong(Entry::queueNo);

	/** The places held (confirmed or offered). */
	public static int held(List<Entry> entries) {
		return entries.stream().filter((entry) -> entry.status().holdsPlaces()).mapToInt(Entry::seats).sum();
	}

	/** The places free for a capacity ({@code null}: no limit). */
	public static int free(Integer capacity, List<Entry> entries) {
		return (capacity == null) ? Integer.MAX_VALUE : Math.max(0, capacity - held(entries));
	}

	/** Whether a newcomer asking for that many places gets them at once. */
	public static boolean confirmsAtOnce(Integer capacity, List<Entry> entries, int seats) {
		return seats <= free(capacity, entries);
	}

	/**
	 * The waiting registrations to offer places to now, in order; empty when nothing
	 * fits.
	 */
	public static List<UUID> offers(Integer capacity, List<Entry> entries) {
		int free = free(capacity, entries);
		List<UUID> offered = new ArrayList<>();
		List<Entry> waiting = entries.stream()
			.filter((entry) -> entry.status() == RegistrationStatus.WAITLISTED)
			.sorted(ORDER)
			.toList();
		for (Entry entry : waiting) {
			if (free <= 0) {
				break;
			}
			if (entry.seats() <= free) {
				offered.add(entry.id());
				free -= entry.seats();
			}
		}
		return offered;
	}

}
