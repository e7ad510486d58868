package org.vigie.advocacy.tracker.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.web.util.UriComponentsBuilder;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.Theme;

/**
 * What a reader asked of the matrix through plain links and GET forms: the instrument
 * (its code, empty for the main one), the day, how rows are sorted and what is kept.
 * Unknown words are ignored (the whole matrix, sorted by name), so a mangled address
 * still shows a page.
 *
 * @param instrument the instrument's code, or empty for the main one
 * @param asOf the "as of" day as asked (checked elsewhere), or empty
 * @param sort {@code name} or {@code transposed}
 * @param theme the theme whose provisions are shown, or empty for all
 * @param status the status whose cells are shown, or empty for all
 * @param states the member states shown, or empty for all
 */
record MatrixFilter(String instrument, String asOf, String sort, Optional<Theme> theme, Optional<Status> status,
		List<String> states) {

	/** Sorts rows by the state's name in the reader's language. */
	static final String BY_NAME = "name";

	/** Sorts rows by how many provisions the state transposed (or went further). */
	static final String BY_TRANSPOSED = "transposed";

	MatrixFilter {
		instrument = (instrument != null) ? instrument : "";
		asOf = (asOf != null) ? asOf : "";
		sort = BY_TRANSPOSED.equals(sort) ? BY_TRANSPOSED : BY_NAME;
		states = List.copyOf(states);
	}

	/** Reads the request's parameters, keeping only what it knows. */
	static MatrixFilter read(String instrument, String asOf, String sort, String theme, String status,
			List<String> states) {
		List<String> known = (states == null) ? List.of()
				: states.stream()
					.limit(MemberStates.CODES.size() * 2L)
					.map((code) -> code.toUpperCase(Locale.ROOT))
					.filter(MemberStates::isMember)
					.distinct()
					.toList();
		return new MatrixFilter(instrument, asOf, sort, constant(Theme.class, theme), constant(Status.class, status),
				known);
	}

	private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
		return Stream.of(type.getEnumConstants()).filter((constant) -> constant.name().equals(name)).findFirst();
	}

	/** Whether the reader narrowed the matrix. */
	public boolean narrowed() {
		return this.theme.isPresent() || this.status.isPresent() || !this.states.isEmpty();
	}

	/** The address of the tracker with this filter and another sort. */
	String sortedBy(String path, String other) {
		return new MatrixFilter(this.instrument, this.asOf, other, this.theme, this.status, this.states).link(path);
	}

	/** The address of the tracker with this filter. */
	String link(String path) {
		return path + query();
	}

	/** The query string of this filter ("" when it asks for nothing). */
	String query() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!this.instrument.isEmpty()) {
			parameters.put("instrument", List.of(this.instrument));
		}
		if (!this.asOf.isEmpty()) {
			parameters.put("asOf", List.of(this.asOf));
		}
		if (!BY_NAME.equals(this.sort)) {
			parameters.put("sort", List.of(this.sort));
		}
		this.theme.ifPresent((chosen) -> parameters.put("theme", List.of(chosen.name())));
		this.status.ifPresent((chosen) -> parameters.put("status", List.of(chosen.name())));
		if (!this.states.isEmpty()) {
			parameters.put("state", new ArrayList<>(this.states));
		}
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		parameters.forEach((name, values) -> builder.queryParam(name, values.toArray()));
		String query = builder.encode().build().toUriString();
		return query.isEmpty() ? "" : query;
	}

}
