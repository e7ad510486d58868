package org.vigie.mobilisation.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The waiting list's pure rules ({@link Allocation}) over random sequences of
 * registrations (groups of 1 to 6, priorities 0 to 2), cancellations, acceptances,
 * refusals and expiries, played the way {@link Registrations} plays them: never above
 * capacity, first come first served within each priority (passing over only those who do
 * not fit), groups all or nothing, offers end, and nobody who cancelled is offered again.
 * The same rules are checked against the real service on the database by
 * {@link WaitingListServiceTest}.
 */
class AllocationProperties {

	/** One step of a random sequence. */
	record Step(String kind, int seats, int priority, int pick) {
	}

	@Property(tries = 300)
	void theRulesHoldOverAnySequence(@ForAll @IntRange(min = 1, max = 12) int capacity,
			@ForAll("sequences") List<Step> steps) {
		Map<UUID, Allocation.Entry> state = new LinkedHashMap<>();
		Map<UUID, Integer> requested = new HashMap<>();
		Set<UUID> ended = new HashSet<>();
		long queue = 0;
		for (Step step : steps) {
			Map<UUID, Allocation.Entry> before = new LinkedHashMap<>(state);
			List<UUID> ids = new ArrayList<>(state.keySet());
			UUID picked = ids.isEmpty() ? null : ids.get(step.pick() % ids.size());
			switch (step.kind()) {
				case "register" -> {
					UUID id = UUID.randomUUID();
					requested.put(id, step.seats());
					boolean confirmed = Allocation.confirmsAtOnce(capacity, List.copyOf(state.values()), step.seats());
					state.put(id, new Allocation.Entry(id, step.seats(), step.priority(), ++queue,
							confirmed ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED));
				}
				case "cancel" -> {
					if (picked != null && state.get(picked).status().active()) {
						end(state, picked, RegistrationStatus.CANCELLED, ended);
						offer(state, capacity);
					}
				}
				case "accept" -> {
					if (picked != null && state.get(picked).status() == RegistrationStatus.OFFERED) {
						state.put(picked, with(state.get(picked), RegistrationStatus.CONFIRMED));
					}
				}
				case "decline" -> {
					if (picked != null && state.get(picked).status() == RegistrationStatus.OFFERED) {
						end(state, picked, RegistrationStatus.DECLINED, ended);
						offer(state, capacity);
					}
				}
				default -> {
					// Time passes beyond every open offer: they all expire.
					for (UUID id : ids) {
						if (state.get(id).status() == RegistrationStatus.OFFERED) {
							end(state, id, RegistrationStatus.EXPIRED, ended);
						}
					}
					offer(state, capacity);
					state.values()
						.forEach((entry) -> org.assertj.core.api.Assertions
							.assertThat(entry.status() != RegistrationStatus.OFFERED || !before.containsKey(entry.id())
									|| before.get(entry.id()).status() != RegistrationStatus.OFFERED)
							.as("an offer outlived its time")
							.isTrue());
				}
			}
			WaitingListInvariants.check(capacity, before, state, ended, requested);
		}
	}

	@Property(tries = 200)
	void offersNeverGoToAnyoneButTheWaitingAndNeverOverfill(@ForAll("entries") List<Allocation.Entry> entries,
			@ForAll @IntRange(min = 1, max = 30) int capacity) {
		List<UUID> offered = Allocation.offers(capacity, entries);
		Map<UUID, Allocation.Entry> byId = new HashMap<>();
		entries.forEach((entry) -> byId.put(entry.id(), entry));
		org.assertj.core.api.Assertions.assertThat(offered)
			.allSatisfy((id) -> org.assertj.core.api.Assertions.assertThat(byId.get(id).status())
				.isEqualTo(RegistrationStatus.WAITLISTED));
		int seats = offered.stream().mapToInt((id) -> byId.get(id).seats()).sum();
		org.assertj.core.api.Assertions.assertThat(seats).isLessThanOrEqualTo(Allocation.free(capacity, entries));
	}

	@Provide
	Arbitrary<List<Step>> sequences() {
		Arbitrary<String> kinds = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just("register")),
				net.jqwik.api.Tuple.of(3, Arbitraries.just("cancel")),
				net.jqwik.api.Tuple.of(2, Arbitraries.just("accept")),
				net.jqwik.api.Tuple.of(1, Arbitraries.just("decline")),
				net.jqwik.api.Tuple.of(1, Arbitraries.just("expire")));
		Arbitrary<Step> step = Combinators
			.combine(kinds, Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 2),
					Arbitraries.integers().between(0, 1000))
			.as(Step::new);
		return step.list().ofMinSize(1).ofMaxSize(60);
	}

	@Provide
	Arbitrary<List<Allocation.Entry>> entries() {
		Arbitrary<Allocation.Entry> entry = Combinators
			.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 2),
					Arbitraries.longs().between(1, 1000), Arbitraries.of(RegistrationStatus.class))
			.as((seats, priority, queue, status) -> new Allocation.Entry(UUID.randomUUID(), seats, priority, queue,
					status));
		return entry.list().ofMaxSize(40);
	}

	private static void offer(Map<UUID, Allocation.Entry> state, int capacity) {
		for (UUID id : Allocation.offers(capacity, List.copyOf(state.values()))) {
			state.put(id, with(state.get(id), RegistrationStatus.OFFERED));
		}
	}

	private static void end(Map<UUID, Allocation.Entry> state, UUID id, RegistrationStatus status, Set<UUID> ended) {
		state.put(id, with(state.get(id), status));
		ended.add(id);
	}

	private static Allocation.Entry with(Allocation.Entry entry, RegistrationStatus status) {
		return new Allocation.Entry(entry.id(), entry.seats(), entry.priority(), entry.queueNo(), status);
	}

}
