package org.vigie.reporting.desk.figures;

import java.sql.Timestamp;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.reporting.reports.Category;
import org.vigie.reporting.reports.Channel;
import org.vigie.reporting.reports.Outcome;
import org.vigie.reporting.reports.PlaceType;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts of a year's reports by category, country, type of place, channel and
 * outcome, read from the clear columns only: nothing is decrypted. Small counts are
 * hidden ({@link Suppression}); the threshold is
 * {@code vigie.reporting.figures.threshold} (default 5).
 */
@Component
class AnnualFigures {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final int threshold;

	AnnualFigures(JdbcClient jdbc, SiteProperties site,
			@Value("${vigie.reporting.figures.threshold:5}") int threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("vigie.reporting.figures.threshold must be at least 1");
		}
		this.jdbc = jdbc;
		this.zone = site.timeZone();
		this.threshold = threshold;
	}

	/**
	 * A table of figures.
	 *
	 * @param dimension what it counts by: {@code category}, {@code country},
	 * {@code place}, {@code channel} or {@code outcome}
	 * @param cells its counts
	 */
	record Table(String dimension, List<Cell> cells) {
	}

	/**
	 * The year's figures.
	 *
	 * @param year the year
	 * @param threshold counts below it are hidden
	 * @param total the year's count of reports, or {@code null} when hidden
	 * @param tables the tables
	 */
	record Figures(int year, int threshold, Long total, List<Table> tables) {
	}

	Figures of(int year) {
		Timestamp from = Timestamp.from(Year.of(year).atDay(1).atStartOfDay(this.zone).toInstant());
		Timestamp until = Timestamp.from(Year.of(year + 1).atDay(1).atStartOfDay(this.zone).toInstant());
		List<Table> tables = List.of(table("category", "category", names(Category.values()), from, until),
				table("country", "country", List.of(), from, until),
				table("place", "place_type", names(PlaceType.values()), from, until),
				table("channel", "channel", names(Channel.values()), from, until),
				table("outcome", "outcome", names(Outcome.values()), from, until));
		long total = this.jdbc.sql("select count(*) from reporting_report where received_at >= ? and received_at < ?")
			.params(from, until)
			.query(Long.class)
			.single();
		boolean anyHidden = tables.stream()
			.flatMap((t) -> t.cells().stream())
			.anyMatch((c) -> c.shown() != Cell.Shown.COUNT);
		return new Figures(year, this.threshold, (anyHidden || total < this.threshold) ? null : total, tables);
	}

	private Table table(String dimension, String column, List<String> values, Timestamp from, Timestamp until) {
		Map<String, Long> counts = new LinkedHashMap<>();
		values.forEach((value) -> counts.put(value, 0L));
		// The column name is one of the five above, never from a request.
		this.jdbc
			.sql("select " + column + ", count(*) from reporting_report where received_at >= ? and received_at < ?"
					+ " and " + column + " is not null group by " + column + " order by " + column)
			.params(from, until)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return new Table(dimension, Suppression.apply(counts, this.threshold));
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
