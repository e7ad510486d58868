package org.vigie.advocacy.tracker.admin;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test instruments of the tracker's back-office tests: each test gets its own (a unique
 * code, three articles, nothing assessed), so no test sees another's rows or the demo's.
 */
final class TrackerFixtures {

	private TrackerFixtures() {
	}

	/**
	 * A new instrument with articles 3, 5 and 6a, adopted before the demo directive so
	 * the tracker still opens on the demo.
	 */
	static Instrument instrument(TrackerStore tracker, Clock clock) {
		String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = tracker.addInstrument(code, "32099L0001", null, java.time.LocalDate.of(2001, 1, 1), null, null,
				texts("Directive de test " + code, "Testrichtlijn " + code, "Test directive " + code),
				texts("Test FR " + code, "Test NL " + code, "Test " + code), false, clock.instant());
		tracker.addProvision(id, "3", Theme.OFFENCES, 10, texts("Infractions", "Strafbare feiten", "Offences"), null,
				false);
		tracker.addProvision(id, "5", Theme.OFFENCES, 20, texts("Matériel", "Materiaal", "Material"), null, false);
		tracker.addProvision(id, "6a", Theme.GROOMING, 30, texts("Sollicitation", "Benaderen", "Solicitation"), null,
				false);
		return tracker.instrument(id).orElseThrow();
	}

	/** How many assessment rows the instrument has. */
	static int rows(JdbcClient jdbc, Instrument instrument) {
		return jdbc.sql("""
				select count(*) from advocacy_assessment a join advocacy_provision p on p.id = a.provision_id
				where p.instrument_id = ?""").param(instrument.id()).query(Integer.class).single();
	}

	/** How many audit entries of this action name the instrument. */
	static int audited(JdbcClient jdbc, String action, Instrument instrument) {
		return jdbc.sql("select count(*) from identity_audit where action = ? and target like ?")
			.params(action, "advocacy-tracker:" + instrument.code() + "%")
			.query(Integer.class)
			.single();
	}

	/** A full assessment form: every evidence field filled in. */
	static Map<String, String> evidence(String status, String validFrom, String reviewedOn) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("status", status);
		fields.put("valid_from", validFrom);
		fields.put("reviewed_on", reviewedOn);
		fields.put("measure_title", "Loi du 1er février 2024 relative à la protection des mineurs");
		fields.put("measure_celex", "72011L0093BEL_202400001");
		fields.put("measure_address", "https://www.ejustice.just.fgov.be/eli/loi/2024/02/01/2024000001/justel");
		fields.put("measure_article", "Art. 417/7 Code pénal");
		fields.put("quote", "Est puni de la réclusion quiconque aura sollicité un mineur");
		fields.put("quote_language", "fr");
		fields.put("gloss_fr", "Punit la sollicitation d’un mineur.");
		fields.put("gloss_nl", "Bestraft het benaderen van een minderjarige.");
		fields.put("gloss_en", "Punishes soliciting a minor.");
		fields.put("note_fr", "Note de test.");
		fields.put("note_nl", "Testnotitie.");
		fields.put("note_en", "Test note.");
		fields.put("source_kind", "OFFICIAL_JOURNAL");
		fields.put("source_address", "https://www.ejustice.just.fgov.be/cgi/summary.pl");
		fields.put("source_label", "Moniteur belge, 15 février 2024");
		return fields;
	}

	private static Map<Language, String> texts(String fr, String nl, String en) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		texts.put(Language.FR, fr);
		texts.put(Language.NL, nl);
		texts.put(Language.EN, en);
		return texts;
	}

}
