package org.vigie.advocacy.tracker.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.advocacy.tracker.Assessment;
import org.vigie.advocacy.tracker.AssessmentDraft;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.SourceKind;
import org.vigie.advocacy.tracker.Status;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

/**
 * An instrument of a test's own (a unique code, no adoption day so it never becomes the
 * one the tracker opens on, not a demo) with two articles: "1" (offences) and "2"
 * (victims).
 */
record TestInstrument(Instrument instrument, UUID first, UUID second) {

	static TestInstrument create(TrackerStore tracker) {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = tracker.addInstrument(code, "3" + code, null, null, LocalDate.of(2020, 12, 31), null,
				texts("Test instrument " + code), texts("Test " + code), false, Instant.now());
		UUID first = tracker.addProvision(id, "1", Theme.OFFENCES, 10, texts("First article"), null, false);
		UUID second = tracker.addProvision(id, "2", Theme.VICTIMS, 20, texts("Second article"), null, false);
		return new TestInstrument(tracker.instrument(id).orElseThrow(), first, second);
	}

	String code() {
		return this.instrument.code();
	}

	/** A draft for a cell with its evidence, the same note in every language. */
	static AssessmentDraft draft(UUID provision, String state, Status status, LocalDate validFrom, String note) {
		Map<Language, String> notes = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> notes.put(language, note));
		return new AssessmentDraft(provision, state, status, validFrom, validFrom,
				new Assessment.Measure("Wet van 1 maart 2016", "72011L0093BEL_2016",
						"https://www.ejustice.just.fgov.be/eli/wet/2016/03/01", "Art. 433quinquies Sw."),
				new Assessment.Quote("Wer ein Kind anwirbt", "de", texts("Whoever recruits a child")), notes,
				new Assessment.Source(SourceKind.OFFICIAL_JOURNAL, "https://www.ejustice.just.fgov.be/",
						"Moniteur belge 2016"));
	}

	static Map<Language, String> texts(String text) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, text));
		return texts;
	}

}
