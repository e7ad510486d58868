package org.vigie.advocacy.tracker.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.SourceKind;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

/**
 * Loads the demo tracker ({@code advocacy/demo/tracker.yaml}) once the application is
 * ready, unless {@code vigie.demo.enabled=false}: Directive 2011/93/EU with fourteen
 * articles and a status for each of the 27 member states drawn by a fixed rule (so every
 * start gives the same matrix), some with an earlier status, so the history and "as of"
 * have something to show; then its recast (see {@link #loadRecast()}). The instruments
 * are flagged as demo: every view says their statuses are a fictitious example. Nothing
 * is loaded when an instrument is already there.
 */
@Component
@Order(10)
class DemoTracker {

	static final String LOCATION = "advocacy/demo/tracker.yaml";

	static final String RECAST = "advocacy/demo/tracker-recast.yaml";

	/** Who the demo rows are recorded by. */
	static final String ACTOR = "demo";

	private final TrackerStore tracker;

	private final TransactionTemplate transactions;

	private final boolean enabled;

	DemoTracker(TrackerStore tracker, TransactionTemplate transactions,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.tracker = tracker;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			load();
			loadRecast();
		}
	}

	/** Loads the demo instrument unless it is there; whether it loaded it. */
	@SuppressWarnings("unchecked")
	boolean load() {
		Map<String, Object> file = read(LOCATION);
		Map<String, Object> instrument = (Map<String, Object>) file.get("instrument");
		if (this.tracker.instrument((String) instrument.get("code")).isPresent()) {
			return false;
		}
		this.transactions
			.executeWithoutResult((status) -> create(instrument, (List<Map<String, Object>>) file.get("provisions")));
		return true;
	}

	@SuppressWarnings("unchecked")
	private void create(Map<String, Object> instrument, List<Map<String, Object>> provisions) {
		LocalDate adopted = LocalDate.parse(String.valueOf(instrument.get("adoptedOn")));
		LocalDate due = LocalDate.parse(String.valueOf(instrument.get("transpositionDue")));
		Instant created = due.atStartOfDay(ZoneOffset.UTC).toInstant();
		UUID id = this.tracker.addInstrument((String) instrument.get("code"), (String) instrument.get("celex"),
				(String) instrument.get("eli"), adopted, due, null,
				texts((Map<String, String>) instrument.get("title")),
				texts((Map<String, String>) instrument.get("short")), true, created);
		int column = 0;
		for (Map<String, Object> provision : provisions) {
			column++;
			UUID provisionId = this.tracker.addProvision(id, String.valueOf(provision.get("article")),
					Theme.valueOf((String) provision.get("theme")), column * 10,
					texts((Map<String, String>) (Map<?, ?>) provision), null, false);
			int row = 0;
			for (String state : MemberStates.CODES) {
				row++;
				assess(provisionId, state, row, column, String.valueOf(provision.get("article")));
			}
		}
	}

	/**
	 * The drawn status of a cell, and for one cell in five an earlier one it replaced;
	 * the rows are recorded on the days they say, so "as of" an earlier day shows the
	 * earlier matrix.
	 */
	private void assess(UUID provisionId, String state, int row, int column, String article) {
		Status status = drawn(row, column);
		LocalDate firstReview = LocalDate.of(2015, 3, 1).plusDays((row * 7L + column * 3L) % 60);
		if (status == Status.NOT_ASSESSED) {
			return;
		}
		if ((row + column) % 5 == 0 && status != Status.NOT_TRANSPOSED) {
			record(provisionId, state, Status.NOT_TRANSPOSED, firstReview, article);
			record(provisionId, state, status, firstReview.plusYears(3), article);
		}
		else {
			record(provisionId, state, status, firstReview, article);
		}
	}

	static Status drawn(int row, int column) {
		int draw = (row * 31 + column * 17) % 20;
		if (draw < 9) {
			return Status.TRANSPOSED;
		}
		if (draw < 11) {
			return Status.GOES_FURTHER;
		}
		if (draw < 15) {
			return Status.PARTLY;
		}
		if (draw < 17) {
			return Status.NOT_TRANSPOSED;
		}
		return (draw < 18) ? Status.UNCLEAR : Status.NOT_ASSESSED;
	}

	private void record(UUID provisionId, String state, Status status, LocalDate day, String article) {
		Map<Language, String> notes = new EnumMap<>(Language.class);
		notes.put(Language.FR, "Exemple fictif pour la démonstration : ceci n’est pas une analyse juridique.");
		notes.put(Language.NL, "Fictief voorbeeld voor de demonstratie: dit is geen juridische analyse.");
		notes.put(Language.EN, "Fictitious example for the demonstration: this is not a legal assessment.");
		Assessment.Measure measure = (status == Status.NOT_TRANSPOSED) ? Assessment.Measure.NONE
				: new Assessment.Measure("Fictitious national measure (" + state + ")", null, null,
						"Art. " + article + " (example)");
		this.tracker.record(
				new AssessmentDraft(provisionId, state, status, day, day, measure, Assessment.Quote.NONE, notes,
						new Assessment.Source(SourceKind.RESEARCH, null,
								"Vigie demo data (fictitious, not a legal assessment)")),
				ACTOR, day.atTime(10, 0).toInstant(ZoneOffset.UTC));
	}

	/**
	 * Loads the demo recast ({@code advocacy/demo/tracker-recast.yaml}): the Commission's
	 * proposal, not adopted, replacing the directive, whose articles name the 2011
	 * articles they come from, some kept unchanged (their assessments carry over) and
	 * some rewritten. Flagged as demo; loaded in one transaction, and not at all when it
	 * is already there or the directive it recasts is missing.
	 * @return whether it loaded it
	 */
	@SuppressWarnings("unchecked")
	boolean loadRecast() {
		Map<String, Object> file = read(RECAST);
		Map<String, Object> instrument = (Map<String, Object>) file.get("instrument");
		Instrument replaced = this.tracker.instrument((String) instrument.get("replaces")).orElse(null);
		if (replaced == null || this.tracker.instrument((String) instrument.get("code")).isPresent()) {
			return false;
		}
		this.transactions.executeWithoutResult(
				(status) -> createRecast(instrument, replaced, (List<Map<String, Object>>) file.get("provisions")));
		return true;
	}

	@SuppressWarnings("unchecked")
	private void createRecast(Map<String, Object> instrument, Instrument replaced,
			List<Map<String, Object>> provisions) {
		LocalDate proposed = LocalDate.parse(String.valueOf(instrument.get("proposedOn")));
		UUID id = this.tracker.addInstrument((String) instrument.get("code"), (String) instrument.get("celex"),
				(String) instrument.get("eli"), null, null, replaced.id(),
				texts((Map<String, String>) instrument.get("title")),
				texts((Map<String, String>) instrument.get("short")), true,
				proposed.atStartOfDay(ZoneOffset.UTC).toInstant());
		int place = 0;
		for (Map<String, Object> provision : provisions) {
			place += 10;
			UUID from = this.tracker.provision(replaced.id(), String.valueOf(provision.get("from")))
				.map(Provision::id)
				.orElseThrow();
			this.tracker.addProvision(id, String.valueOf(provision.get("article")),
					Theme.valueOf((String) provision.get("theme")), place,
					texts((Map<String, String>) (Map<?, ?>) provision), from,
					Boolean.TRUE.equals(provision.get("unchanged")));
		}
	}

	private static Map<String, Object> read(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<Language, String> texts(Map<String, String> yaml) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, yaml.get(language.code())));
		return texts;
	}

}
