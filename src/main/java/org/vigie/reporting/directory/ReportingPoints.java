package org.vigie.reporting.directory;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.vigie.site.Language;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The directory of national reporting points, read once at start from {@value #LOCATION}.
 * The application does not start when the file breaks a rule (an unknown country code, a
 * missing source, an address that is not https, a phone number with letters, a country
 * twice): a wrong number printed for a person at risk is worse than no page.
 * <p>
 * Country codes come from forms, so anything may arrive: a code that is not a known ISO
 * 3166-1 alpha-2 country (after upper-casing) is treated as no country at all, never as
 * an error shown to the person.
 */
@Component
public class ReportingPoints {

	static final String LOCATION = "reporting/reporting-points.yml";

	private final Directory directory;

	private final Map<Language, List<CountryChoice>> choices = new EnumMap<>(Language.class);

	ReportingPoints() {
		this(DirectoryFile.read(new ClassPathResource(LOCATION)));
	}

	ReportingPoints(Directory directory) {
		this.directory = directory;
		for (Language language : Language.all()) {
			Collator collator = Collator.getInstance(language.locale());
			this.choices.put(language,
					FactRules.ISO_COUNTRIES.stream()
						.map((code) -> choice(code, language))
						.sorted(Comparator.comparing(CountryChoice::name, collator))
						.toList());
		}
	}

	/** The version of the data file in use, shown under the suggestions. */
	public String version() {
		return this.directory.version();
	}

	/** Every country, sorted by its name in {@code language}, for a select. */
	public List<CountryChoice> countries(Language language) {
		return this.choices.get(languageOrDefault(language));
	}

	/**
	 * Where to report an incident seen in {@code incidentCountry} by a person living in
	 * {@code residenceCountry}. This line always comes first; unknown, malformed or
	 * missing codes only leave their part out.
	 * @param incidentCountry an ISO 3166-1 alpha-2 code as a form sent it, or
	 * {@code null}
	 * @param residenceCountry the same for the country of residence, or {@code null}
	 * @param language the page's language
	 */
	public Suggestions suggest(String incidentCountry, String residenceCountry, Language language) {
		Language lang = languageOrDefault(language);
		String incident = normalised(incidentCountry);
		String residence = normalised(residenceCountry);
		List<Suggestion> items = new ArrayList<>();
		items.add(new Suggestion(Suggestion.Type.LINE, null, null, null, "reportingDirectory.kind.line", null,
				lineHome(lang), null, null, null, null));
		if (residence != null) {
			this.directory.entry(residence)
				.ifPresent((entry) -> addMechanisms(items, Suggestion.Type.HOME_MECHANISM, entry, lang));
		}
		if (incident != null) {
			this.directory.entry(incident).ifPresent((entry) -> {
				addEmergencyNumbers(items, entry, lang);
				if (!incident.equals(residence)) {
					addMechanisms(items, Suggestion.Type.LOCAL_MECHANISM, entry, lang);
				}
			});
		}
		return new Suggestions(choiceOrNull(incident, lang), choiceOrNull(residence, lang), items);
	}

	Directory directory() {
		return this.directory;
	}

	private void addEmergencyNumbers(List<Suggestion> items, CountryEntry entry, Language language) {
		for (EmergencyNumber number : entry.emergency()) {
			items.add(new Suggestion(Suggestion.Type.EMERGENCY, entry.code(), name(entry.code(), language), null,
					"reportingDirectory.emergency." + key(number.kind()), number.number(), null, null, number.source(),
					number.reviewed(), written(number.reviewed(), language)));
		}
	}

	private void addMechanisms(List<Suggestion> items, Suggestion.Type type, CountryEntry entry, Language language) {
		for (Mechanism mechanism : entry.mechanisms()) {
			items.add(new Suggestion(type, entry.code(), name(entry.code(), language), mechanism.name(),
					"reportingDirectory.kind." + key(mechanism.kind()), mechanism.phone(), mechanism.url(),
					mechanism.email(), mechanism.source(), mechanism.reviewed(),
					written(mechanism.reviewed(), language)));
		}
	}

	/**
	 * The upper-case code when {@code code} names a known country, else {@code null}.
	 * Length is checked first so that an oversized value is never copied.
	 */
	static String normalised(String code) {
		if (code == null || code.length() != 2) {
			return null;
		}
		String upper = code.toUpperCase(Locale.ROOT);
		return FactRules.ISO_COUNTRIES.contains(upper) ? upper : null;
	}

	private CountryChoice choiceOrNull(String code, Language language) {
		return (code != null) ? choice(code, language) : null;
	}

	private CountryChoice choice(String code, Language language) {
		return new CountryChoice(code, name(code, language), this.directory.entries().containsKey(code));
	}

	private static String name(String code, Language language) {
		return Locale.of("", code).getDisplayCountry(language.locale());
	}

	private static String written(LocalDate date, Language language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
	}

	private static String key(Enum<?> kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	private static Language languageOrDefault(Language language) {
		return Objects.requireNonNullElse(language, Language.EN);
	}

	/**
	 * The line's first page, as printed on flyers ({@code /fr/signaler}); these words
	 * never change. A page may point this line elsewhere with
	 * {@link Suggestions#withLineAddress(String)}.
	 */
	private static String lineHome(Language language) {
		return switch (language) {
			case FR -> "/fr/signaler";
			case NL -> "/nl/melden";
			case EN -> "/en/report";
		};
	}

}
