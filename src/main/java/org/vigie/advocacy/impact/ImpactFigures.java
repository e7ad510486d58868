package org.vigie.advocacy.impact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.advocacy.figures.ProjectReach;
import org.vigie.site.Language;

/**
 * Puts the impact figures together for a language: the ledger's sums by source and year
 * (reports below {@link #SMALLEST} hidden, so nobody can be singled out) and the
 * projects' reach from whatever {@link ProjectReach} exists (none: no project figures).
 * The projects' figures are kept for {@link ImpactLedger#FRESHNESS}, like the sums.
 */
@Component("advocacy.impact.ImpactFigures")
class ImpactFigures {

	/** The smallest count of reports shown; fewer are shown as "fewer than". */
	static final int SMALLEST = 10;

	private final ImpactLedger ledger;

	private final ObjectProvider<ProjectReach> reach;

	private final MessageSource messages;

	private final boolean demo;

	private final Cache<Language, Projects> projects = Caffeine.newBuilder()
		.expireAfterWrite(ImpactLedger.FRESHNESS)
		.maximumSize(3)
		.build();

	ImpactFigures(ImpactLedger ledger, ObjectProvider<ProjectReach> reach, MessageSource messages,
			@Value("${vigie.demo.enabled:true}") boolean demo) {
		this.ledger = ledger;
		this.reach = reach;
		this.messages = messages;
		this.demo = demo;
	}

	/**
	 * The figures in a language, the projects' read now (for the impact page, which the
	 * page cache keeps until advocacy data changes).
	 */
	Impact of(Language language) {
		return of(language, projects(language));
	}

	/**
	 * The figures in a language, the projects' kept for {@link ImpactLedger#FRESHNESS}:
	 * for the headlines on the home and advocacy pages, which must cost no query on most
	 * views.
	 */
	Impact headlines(Language language) {
		return of(language, this.projects.get(language, this::projects));
	}

	private Impact of(Language language, Projects known) {
		Map<Source, List<Tally>> bySource = new TreeMap<>();
		this.ledger.tallies()
			.forEach((tally) -> bySource.computeIfAbsent(tally.source(), (s) -> new ArrayList<>()).add(tally));
		List<Impact.Block> blocks = new ArrayList<>();
		bySource.forEach((source, tallies) -> blocks.add(block(source, tallies, language)));
		List<Impact.Headline> headlines = new ArrayList<>();
		long reached = known.reached().stream().mapToLong(ProjectReach.Reached::count).sum();
		long young = sum(bySource.get(Source.WORKSHOPS));
		long learners = bySource.getOrDefault(Source.LEARNERS, List.of()).stream().mapToLong(Tally::events).sum();
		if (reached > 0) {
			headlines.add(new Impact.Headline("reached", reached));
		}
		if (young > 0) {
			headlines.add(new Impact.Headline("young", young));
		}
		if (learners > 0) {
			headlines.add(new Impact.Headline("learners", learners));
		}
		return new Impact(blocks, known.reached(), known.placed(), headlines, this.demo);
	}

	private Impact.Block block(Source source, List<Tally> tallies, Language language) {
		List<Impact.Line> lines = new ArrayList<>();
		tallies.stream()
			.sorted(Comparator.comparingInt(Tally::year).reversed().thenComparing(Tally::group))
			.forEach((tally) -> lines
				.add(new Impact.Line(tally.year(), (source == Source.PLEDGES) ? tally.group() : null, figures(tally))));
		LocalDate first = tallies.stream().map(Tally::firstDay).min(Comparator.naturalOrder()).orElseThrow();
		String since = (source == Source.REPORTS) ? String.valueOf(first.getYear())
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(first);
		String key = (source == Source.REPORTS) ? "advocacy.impact.sinceYear" : "advocacy.impact.since";
		return new Impact.Block(source, this.messages.getMessage(key, new Object[] { since }, language.locale()),
				lines);
	}

	private static List<Impact.Figure> figures(Tally tally) {
		return switch (tally.source()) {
			case WORKSHOPS -> List.of(new Impact.Figure("young", tally.first()),
					new Impact.Figure("teachers", tally.second()), new Impact.Figure("workshops", tally.events()));
			case PLEDGES -> List.of(new Impact.Figure("pledges", tally.events()));
			case REPORTS -> List.of(new Impact.Figure("reports", (tally.events() < SMALLEST) ? null : tally.events()));
			case LEARNERS -> List.of(new Impact.Figure("learners", tally.events()));
		};
	}

	private static long sum(List<Tally> tallies) {
		return (tallies != null) ? tallies.stream().mapToLong(Tally::first).sum() : 0;
	}

	private Projects projects(Language language) {
		List<ProjectReach.Reached> reached = new ArrayList<>();
		List<ProjectReach.Placed> placed = new ArrayList<>();
		this.reach.orderedStream().forEach((one) -> {
			reached.addAll(one.reached(language));
			placed.addAll(one.placed(language));
		});
		return new Projects(reached, placed);
	}

	private record Projects(List<ProjectReach.Reached> reached, List<ProjectReach.Placed> placed) {
	}

}
