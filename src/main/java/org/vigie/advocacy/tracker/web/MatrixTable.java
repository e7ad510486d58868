package org.vigie.advocacy.tracker.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The matrix table rendered from its template ({@code advocacy/tracker/matrix :: table})
 * and kept for a minute per instrument, day, language, filter and
 * {@link org.vigie.advocacy.web.AdvocacyCache#generation() generation}: 378 cells are
 * most of a tracker page's rendering, and the pages with a query string ("as of", sorts,
 * filters) are never kept by the page cache.
 */
@Component
class MatrixTable {

	private final ITemplateEngine templates;

	private final ZoneId zone;

	private final Cache<Key, String> tables = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterWrite(TrackerData.KEPT)
		.build();

	MatrixTable(ITemplateEngine templates, SiteProperties site) {
		this.templates = templates;
		this.zone = site.timeZone();
	}

	/**
	 * The table's HTML for a matrix read at {@code generation}.
	 * @param instrumentQuery the query naming the instrument in links ("" for the main
	 * one)
	 */
	String html(Matrix matrix, long generation, MatrixFilter filter, Language language, String instrumentQuery) {
		Key key = new Key(matrix.instrument().id(), matrix.asOf(), generation, language, filter.query());
		return this.tables.get(key, (wanted) -> render(matrix, filter, language, instrumentQuery));
	}

	private String render(Matrix matrix, MatrixFilter filter, Language language, String instrumentQuery) {
		String path = AdvocacyPaths.tracker(language);
		Map<String, Object> variables = new HashMap<>();
		variables.put("matrix", matrix);
		variables.put("instrument", matrix.instrument());
		variables.put("instrumentName", TrackerData.name(matrix.instrument(), language));
		variables.put("language", language);
		variables.put("dates", new TrackerDates(language, this.zone));
		variables.put("filter", filter);
		variables.put("view", MatrixView.of(matrix, filter, language, instrumentQuery));
		variables.put("byName", filter.sortedBy(path, MatrixFilter.BY_NAME));
		variables.put("byTransposed", filter.sortedBy(path, MatrixFilter.BY_TRANSPOSED));
		variables.put("provisionPaths",
				matrix.provisions()
					.stream()
					.collect(Collectors.toMap(Provision::article,
							(provision) -> AdvocacyPaths.provision(language, provision.article()) + instrumentQuery)));
		return this.templates.process("advocacy/tracker/matrix", Set.of("table"),
				new Context(language.locale(), variables));
	}

	private record Key(UUID instrument, LocalDate asOf, long generation, Language language, String query) {
	}

}
