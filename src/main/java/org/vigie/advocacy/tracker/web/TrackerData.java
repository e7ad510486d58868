package org.vigie.advocacy.tracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.TrackerCsv;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.site.Language;

/**
 * The tracker's matrices and CSV files, built once per instrument and day and kept in
 * memory for a minute: the matrix page and its files are read far more often than staff
 * change them. Each entry is keyed by {@link AdvocacyCache#generation()} too, so a
 * committed change is seen by the next request, and nothing outlives a restart.
 */
@Component
class TrackerData {

	/** How long a built matrix is kept at most. */
	static final Duration KEPT = Duration.ofMinutes(1);

	private final TrackerStore store;

	private final AdvocacyCache changes;

	private final Cache<Key, Matrix> matrices = Caffeine.newBuilder().maximumSize(64).expireAfterWrite(KEPT).build();

	private final Cache<Key, byte[]> files = Caffeine.newBuilder().maximumSize(64).expireAfterWrite(KEPT).build();

	/** The instruments and the latest rows, by generation (small, read on every page). */
	private final Cache<Long, List<Instrument>> instruments = Caffeine.newBuilder()
		.maximumSize(4)
		.expireAfterWrite(KEPT)
		.build();

	private final Cache<Key, List<Assessment>> latest = Caffeine.newBuilder()
		.maximumSize(16)
		.expireAfterWrite(KEPT)
		.build();

	TrackerData(TrackerStore store, AdvocacyCache changes) {
		this.store = store;
		this.changes = changes;
	}

	/** Today in Brussels. */
	LocalDate today() {
		return this.store.today();
	}

	/**
	 * The instrument with this code, or the one the tracker opens on without a code.
	 */
	Optional<Instrument> instrument(String code) {
		if (code == null || code.isBlank()) {
			return TrackerStore.main(instruments(generation()));
		}
		return (code.length() <= 60)
				? instruments(generation()).stream().filter((one) -> one.code().equals(code)).findFirst()
				: Optional.empty();
	}

	/** Every instrument, the oldest first, as read at {@code generation}. */
	List<Instrument> instruments(long generation) {
		return this.instruments.get(generation, (wanted) -> this.store.instruments());
	}

	/**
	 * The latest rows recorded for an instrument, the newest first, read at
	 * {@code generation}.
	 */
	List<Assessment> changes(Instrument instrument, int limit, long generation) {
		Key key = new Key(instrument.id(), LocalDate.EPOCH.plusDays(limit), generation);
		return this.latest.get(key, (wanted) -> this.store.changes(instrument.id(), limit));
	}

	/** The matrix as published at the end of {@code asOf}. */
	Matrix matrix(Instrument instrument, LocalDate asOf) {
		return matrix(instrument, asOf, generation());
	}

	/**
	 * The advocacy data's generation: read it before the data, so that what is built from
	 * data read meanwhile is kept under a key nobody asks for once a change commits.
	 */
	long generation() {
		return this.changes.generation();
	}

	/** The matrix as published at the end of {@code asOf}, read at {@code generation}. */
	Matrix matrix(Instrument instrument, LocalDate asOf, long generation) {
		Key key = new Key(instrument.id(), asOf, generation);
		return this.matrices.get(key, (wanted) -> this.store.matrix(instrument, asOf));
	}

	/** The CSV file of the matrix as published at the end of {@code asOf}, UTF-8. */
	byte[] csv(Instrument instrument, LocalDate asOf) {
		long generation = generation();
		Key key = new Key(instrument.id(), asOf, generation);
		return this.files.get(key, (wanted) -> {
			StringBuilder out = new StringBuilder(64 * 1024);
			TrackerCsv.write(matrix(instrument, asOf, generation), out);
			return out.toString().getBytes(StandardCharsets.UTF_8);
		});
	}

	/** The instrument's name in a language, its short title when it has one. */
	static String name(Instrument instrument, Language language) {
		String name = instrument.shortTitle(language);
		return (name != null) ? name : instrument.code();
	}

	private record Key(UUID instrument, LocalDate asOf, long generation) {
	}

}
