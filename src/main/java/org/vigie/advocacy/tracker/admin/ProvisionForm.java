package org.vigie.advocacy.tracker.admin;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.Provision;
import org.vigie.advocacy.tracker.Theme;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.FormValues;
import org.vigie.site.Language;

/**
 * A provision as the staff form sends it: its article (unique in the instrument), theme,
 * place, headings in three languages and, in a recast, the replaced instrument's article
 * it comes from and whether it is kept unchanged (then that article's assessments carry
 * over).
 *
 * @param values the fields as sent (trimmed), shown back when refused
 */
record ProvisionForm(Map<String, String> values) {

	static final List<String> FIELDS = List.of("article", "theme", "sort_key", "title_fr", "title_nl", "title_en",
			"derived_from", "unchanged");

	/** An article number as written: a digit first, then digits, letters or dots. */
	private static final Pattern ARTICLE = Pattern.compile("[0-9][0-9A-Za-z.]{0,19}");

	static ProvisionForm read(FormValues fields) {
		Map<String, String> values = new LinkedHashMap<>();
		FIELDS.forEach((name) -> values.put(name, fields.text(name)));
		values.put("unchanged", fields.ticked("unchanged") ? "true" : "");
		return new ProvisionForm(values);
	}

	static ProvisionForm of(Provision provision, TrackerStore tracker) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("article", provision.article());
		values.put("theme", provision.theme().name());
		values.put("sort_key", String.valueOf(provision.sortKey()));
		Language.all()
			.forEach((language) -> values.put("title_" + language.code(),
					(provision.title(language) != null) ? provision.title(language) : ""));
		values.put("derived_from", (provision.derivedFromId() != null)
				? tracker.provision(provision.derivedFromId()).map(Provision::article).orElse("") : "");
		values.put("unchanged", provision.unchanged() ? "true" : "");
		return new ProvisionForm(values);
	}

	/**
	 * What is wrong, by field (empty when it can be saved).
	 * @param existing the provision being edited, or empty for a new one
	 */
	Map<String, Message> problems(TrackerStore tracker, Instrument instrument, Optional<Provision> existing) {
		Map<String, Message> problems = new LinkedHashMap<>();
		String article = value("article");
		if (!ARTICLE.matcher(article).matches()) {
			problems.put("article", InstrumentForm.message("advocacy.trackerAdmin.problem.article"));
		}
		else if (tracker.provision(instrument.id(), article)
			.filter((other) -> existing.map((p) -> !p.id().equals(other.id())).orElse(true))
			.isPresent()) {
			problems.put("article", InstrumentForm.message("advocacy.trackerAdmin.problem.articleTaken", article));
		}
		if (theme() == null) {
			problems.put("theme", InstrumentForm.message("advocacy.trackerAdmin.problem.theme"));
		}
		if (!value("sort_key").matches("[0-9]{1,6}")) {
			problems.put("sort_key", InstrumentForm.message("advocacy.trackerAdmin.problem.sortKey"));
		}
		for (Language language : Language.all()) {
			String title = value("title_" + language.code());
			if (title.isEmpty() || title.length() > 200 || title.chars().anyMatch((c) -> c < 0x20)) {
				problems.put("title_" + language.code(),
						InstrumentForm.message("advocacy.trackerAdmin.problem.text", 200));
			}
		}
		String derived = value("derived_from");
		if (!derived.isEmpty() && derivedFrom(tracker, instrument).isEmpty()) {
			problems.put("derived_from", InstrumentForm.message("advocacy.trackerAdmin.problem.derivedFrom", derived));
		}
		if (unchanged() && derived.isEmpty()) {
			problems.put("unchanged", InstrumentForm.message("advocacy.trackerAdmin.problem.unchanged"));
		}
		return problems;
	}

	/** The replaced instrument's provision named, if the instrument recasts one. */
	Optional<UUID> derivedFrom(TrackerStore tracker, Instrument instrument) {
		String derived = value("derived_from");
		if (derived.isEmpty() || instrument.replacesId() == null) {
			return Optional.empty();
		}
		return tracker.provision(instrument.replacesId(), derived).map(Provision::id);
	}

	public String value(String name) {
		return this.values.getOrDefault(name, "");
	}

	Theme theme() {
		try {
			return Theme.valueOf(value("theme"));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	int sortKey() {
		return Integer.parseInt(value("sort_key"));
	}

	boolean unchanged() {
		return "true".equals(value("unchanged"));
	}

	Map<Language, String> titles() {
		Map<Language, String> titles = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> titles.put(language, value("title_" + language.code())));
		return titles;
	}

}
