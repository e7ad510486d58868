package org.vigie.advocacy.tracker.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Matrix;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;

/**
 * The tracker page: an instrument with its deadline, the counts per status, the matrix of
 * member states × provisions as an accessible table that plain GET links and forms sort
 * and filter, "as of" any day, the recent changes with their sources and the news posts
 * about the instrument.
 */
@Controller
class TrackerController {

	/** The news links' kind for instruments. */
	static final String NEWS_KIND = "instrument";

	/** How many recent changes the page lists. */
	static final int CHANGES = 10;

	private final TrackerData data;

	private final TrackerStore store;

	private final TrackerPages pages;

	private final NewsLinks news;

	private final SiteProperties site;

	private final MatrixTable table;

	TrackerController(TrackerData data, TrackerStore store, TrackerPages pages, NewsLinks news, SiteProperties site,
			MatrixTable table) {
		this.data = data;
		this.table = table;
		this.store = store;
		this.pages = pages;
		this.news = news;
		this.site = site;
	}

	@GetMapping({ TrackerAddresses.FR, TrackerAddresses.NL, TrackerAddresses.EN })
	String tracker(Language language, @RequestParam(required = false) String instrument,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String status,
			@RequestParam(name = "state", required = false) List<String> states, Model model,
			HttpServletResponse response) {
		Instrument shown = this.data.instrument(instrument)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String path = AdvocacyPaths.tracker(language);
		LocalDate day;
		try {
			day = AsOfDay.read(asOf, shown, this.data.today(), language, path);
		}
		catch (TrackerRequestProblem problem) {
			return this.pages.problem(problem, model, response);
		}
		long generation = this.data.generation();
		Matrix matrix = this.data.matrix(shown, day, generation);
		MatrixFilter filter = MatrixFilter.read(instrument, asOf, sort, theme, status, states);
		String instrumentQuery = TrackerPages.instrumentQuery(filter.instrument());
		String datasetQuery = new MatrixFilter(filter.instrument(), filter.asOf(), null, java.util.Optional.empty(),
				java.util.Optional.empty(), List.of())
			.query();
		String name = TrackerData.name(shown, language);
		PageMeta meta = this.pages.meta(language, this.pages.text("advocacy.tracker.title", language) + " – " + name,
				this.pages.text("advocacy.tracker.description", language, name), AdvocacyPaths::tracker);
		this.pages.page(model, this.pages.withDataset(meta, shown, day, datasetQuery), shown);
		model.addAttribute("matrix", matrix);
		model.addAttribute("counts", Matrix.counts(matrix.cells()));
		model.addAttribute("table", this.table.html(matrix, generation, filter, language, instrumentQuery));
		model.addAttribute("filter", filter);
		model.addAttribute("path", path);
		model.addAttribute("today", this.data.today());
		model.addAttribute("earliest", AsOfDay.earliest(shown));
		model.addAttribute("isToday", day.equals(this.data.today()));
		model.addAttribute("instruments", this.data.instruments(generation));
		model.addAttribute("states",
				MemberStates.CODES.stream()
					.map((code) -> Map.entry(code, MemberStates.name(code, language)))
					.sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(language.locale())))
					.toList());
		model.addAttribute("themes",
				matrix.provisions()
					.stream()
					.map(Provision::theme)
					.distinct()
					.sorted(Comparator.naturalOrder())
					.toList());
		model.addAttribute("statuses", List.of(Status.values()));
		model.addAttribute("changes",
				day.equals(this.data.today()) ? changes(matrix, language, instrumentQuery, generation) : List.of());
		model.addAttribute("posts", this.news.posts(NEWS_KIND, shown.id(), language));
		model.addAttribute("csvPath", TrackerAddresses.csv(language) + datasetQuery);
		model.addAttribute("jsonPath", TrackerAddresses.json(language) + datasetQuery);
		model.addAttribute("dataPath", TrackerAddresses.data(language));
		model.addAttribute("instrumentQuery", instrumentQuery);
		model.addAttribute("provisionPaths",
				matrix.provisions()
					.stream()
					.collect(Collectors.toMap(Provision::article,
							(provision) -> AdvocacyPaths.provision(language, provision.article()) + instrumentQuery)));
		model.addAttribute("allThemes", List.of(Theme.values()));
		return "advocacy/tracker/tracker";
	}

	/**
	 * The latest rows recorded, with their cells' addresses (on today's page only: a past
	 * day's page points to today's for them).
	 */
	private List<Change> changes(Matrix matrix, Language language, String instrumentQuery, long generation) {
		Instant end = matrix.asOf().plusDays(1).atStartOfDay(this.site.timeZone()).toInstant();
		Map<UUID, Provision> provisions = matrix.provisions()
			.stream()
			.collect(Collectors.toMap(Provision::id, Function.identity()));
		return this.data.changes(matrix.instrument(), CHANGES * 3, generation)
			.stream()
			.filter((row) -> row.recordedAt().isBefore(end) && provisions.containsKey(row.provisionId()))
			.limit(CHANGES)
			.map((row) -> new Change(row, provisions.get(row.provisionId()), MemberStates.name(row.state(), language),
					AdvocacyPaths.country(language, row.state()) + instrumentQuery + "#article-"
							+ provisions.get(row.provisionId()).article()))
			.toList();
	}

	/** A recorded row as the recent changes list it. */
	record Change(Assessment assessment, Provision provision, String stateName, String path) {
	}

}
