package org.vigie.advocacy.tracker.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.FormValues;
import org.vigie.site.Language;

/**
 * An instrument as the staff form sends it: a code that never changes once created (it is
 * in addresses and files), the CELEX number, the ELI or official address, the dates, the
 * instrument it recasts, and its full and short titles in the three languages.
 *
 * @param values the fields as sent (trimmed), shown back when refused
 */
record InstrumentForm(Map<String, String> values) {

	static final List<String> FIELDS = List.of("code", "celex", "eli", "adopted_on", "transposition_due", "replaces",
			"title_fr", "title_nl", "title_en", "short_fr", "short_nl", "short_en", "demo");

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	private static final Pattern CELEX = Pattern.compile("[0-9][0-9A-Z()_]{4,19}");

	/** Codes that are addresses of the back-office rather than instruments. */
	private static final List<String> RESERVED = List.of("new");

	static InstrumentForm read(FormValues fields) {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((name) -> values.put(name, fields.text(name)));
		values.put("demo", fields.ticked("demo") ? "true" : "");
		return new InstrumentForm(values);
	}

	static InstrumentForm of(Instrument instrument, TrackerStore tracker) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", instrument.code());
		values.put("celex", instrument.celex());
		values.put("eli", text(instrument.eli()));
		values.put("adopted_on", (instrument.adoptedOn() != null) ? instrument.adoptedOn().toString() : "");
		values.put("transposition_due",
				(instrument.transpositionDue() != null) ? instrument.transpositionDue().toString() : "");
		values.put("replaces", (instrument.replacesId() != null)
				? tracker.instrument(instrument.replacesId()).map(Instrument::code).orElse("") : "");
		for (Language language : Language.all()) {
			values.put("title_" + language.code(), text(instrument.title(language)));
			values.put("short_" + language.code(), text(instrument.shortTitle(language)));
		}
		values.put("demo", instrument.demo() ? "true" : "");
		return new InstrumentForm(values);
	}

	static InstrumentForm blank() {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((name) -> values.put(name, ""));
		return new InstrumentForm(values);
	}

	/**
	 * What is wrong, by field (empty when it can be saved).
	 * @param existing the instrument being edited, or empty for a new one
	 */
	Map<String, Message> problems(TrackerStore tracker, Optional<Instrument> existing) {
		Map<String, Message> problems = new LinkedHashMap<>();
		if (existing.isEmpty()) {
			String code = value("code");
			if (!CODE.matcher(code).matches() || RESERVED.contains(code)) {
				problems.put("code", message("advocacy.trackerAdmin.problem.code"));
			}
			else if (tracker.instrument(code).isPresent()) {
				problems.put("code", message("advocacy.trackerAdmin.problem.codeTaken"));
			}
		}
		if (!CELEX.matcher(value("celex")).matches()) {
			problems.put("celex", message("advocacy.trackerAdmin.problem.celex"));
		}
		String eli = value("eli");
		if (!eli.isEmpty() && (eli.length() > 300 || !(eli.startsWith("https://") || eli.startsWith("http://")))) {
			problems.put("eli", message("advocacy.trackerAdmin.problem.address"));
		}
		for (String name : List.of("adopted_on", "transposition_due")) {
			if (!value(name).isEmpty() && day(name) == null) {
				problems.put(name, message("advocacy.trackerAdmin.problem.day", value(name)));
			}
		}
		String replaces = value("replaces");
		if (!replaces.isEmpty() && (tracker.instrument(replaces).isEmpty()
				|| existing.map((instrument) -> instrument.code().equals(replaces)).orElse(false))) {
			problems.put("replaces", message("advocacy.trackerAdmin.problem.replaces"));
		}
		for (Language language : Language.all()) {
			text(problems, "title_" + language.code(), 300);
			text(problems, "short_" + language.code(), 120);
		}
		return problems;
	}

	public String value(String name) {
		return this.values.getOrDefault(name, "");
	}

	LocalDate day(String name) {
		try {
			return value(name).isEmpty() ? null : LocalDate.parse(value(name));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	Map<Language, String> texts(String prefix) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, value(prefix + language.code())));
		return texts;
	}

	public boolean demo() {
		return "true".equals(value("demo"));
	}

	private void text(Map<String, Message> problems, String name, int longest) {
		String text = value(name);
		if (text.isEmpty() || text.length() > longest || text.chars().anyMatch((c) -> c < 0x20)) {
			problems.put(name, message("advocacy.trackerAdmin.problem.text", longest));
		}
	}

	static Message message(String key, Object... arguments) {
		return new Message(key, arguments);
	}

	private static String text(String text) {
		return (text != null) ? text : "";
	}

}
