package org.vigie.mobilisation.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waiting list's pure rules ({@link Allocation}) over random sequences of
 * registrations (groups of 1 to 6, priorities 0 to 2), cancellations, acceptances,
 * refusals and expiries, played the way {@link Registrations} plays them: never above
 * capacity, first come first served within each priority (passing over only those who do
 * not fit), groups all or nothing, offers end, and nobody who cancelled is offered again.
 * Each case is one seed of a pseudo-random generator, named in the test's display name,
 * so a failing sequence is replayed exactly by running that seed again. The same rules
 * are checked against the real service on the database by {@link WaitingListServiceTest}.
 */
class AllocationPropertiesTest {

	private static final String[] KINDS = { "register", "register", "register", "register", "register", "cancel",
			"cancel", "cancel", "accept", "accept", "decline", "expire" };

	/** One step of a random sequence. */
	record Step(String kind, int seats, int priority, int pick) {
	}

	static IntStream sequenceSeeds() {
		return IntStream.range(0, 300);
	}

	static IntStream entrySeeds() {
		return IntStream.range(1000, 1200);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("sequenceSeeds")
	void theRulesHoldOverAnySequence(int seed) {
		Random random = new Random(seed);
		int capacity = 1 + random.nextInt(12);
		List<Step> steps = new ArrayList<>();
		int length = 1 + random.nextInt(60);
		for (int i = 0; i < length; i++) {
			steps.add(new Step(KINDS[random.nextInt(KINDS.length)], 1 + random.nextInt(6), random.nextInt(3),
					random.nextInt(1001)));
		}
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
					UUID id = new UUID(seed, queue + 1);
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
						.forEach((entry) -> assertThat(
								entry.status() != RegistrationStatus.OFFERED || !before.containsKey(entry.id())
										|| before.get(entry.id()).status() != RegistrationStatus.OFFERED)
							.as("an offer outlived its time")
							.isTrue());
				}
			}
			WaitingListInvariants.check(capacity, before, state, ended, requested);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("entrySeeds")
	void offersNeverGoToAnyoneButTheWaitingAndNeverOverfill(int seed) {
		Random random = new Random(seed);
		int capacity = 1 + random.nextInt(30);
		RegistrationStatus[] statuses = RegistrationStatus.values();
		List<Allocation.Entry> entries = new ArrayList<>();
		int size = random.nextInt(41);
		for (int i = 0; i < size; i++) {
			entries.add(new Allocation.Entry(new UUID(seed, i), 1 + random.nextInt(6), random.nextInt(3),
					1 + random.nextInt(1000), statuses[random.nextInt(statuses.length)]));
		}
		List<UUID> offered = Allocation.offers(capacity, entries);
		Map<UUID, Allocation.Entry> byId = new HashMap<>();
		entries.forEach((entry) -> byId.put(entry.id(), entry));
		assertThat(offered)
			.allSatisfy((id) -> assertThat(byId.get(id).status()).isEqualTo(RegistrationStatus.WAITLISTED));
		int seats = offered.stream().mapToInt((id) -> byId.get(id).seats()).sum();
		assertThat(seats).isLessThanOrEqualTo(Allocation.free(capacity, entries));
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
