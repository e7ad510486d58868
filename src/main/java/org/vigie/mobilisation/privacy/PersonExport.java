package org.vigie.mobilisation.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PersonalData;
import org.vigie.site.Language;

/**
 * Everything the module holds about a person, gathered from every part's
 * {@link PersonalData} and the consent ledger, with its labels in the person's chosen
 * language: the page, the JSON and the text downloads all show this.
 */
@Component
class PersonExport {

	private final People people;

	private final List<PersonalData> parts;

	private final ConsentLedger consent;

	private final MessageSource messages;

	PersonExport(People people, List<PersonalData> parts, ConsentLedger consent, MessageSource messages) {
		this.people = people;
		this.parts = parts.stream().sorted(Comparator.comparing(PersonalData::area)).toList();
		this.consent = consent;
		this.messages = messages;
	}

	/** What is held about the person, or empty when they were erased. */
	Optional<Held> of(UUID personId, Language language) {
		Optional<EmailAddress> email = this.people.email(personId);
		if (email.isEmpty()) {
			return Optional.empty();
		}
		List<Area> areas = new ArrayList<>();
		for (PersonalData part : this.parts) {
			List<Line> lines = part.export(personId)
				.stream()
				.map((item) -> new Line(this.messages.getMessage(item.label(), null, item.label(), language.locale()),
						item.value(), item.at()))
				.toList();
			if (!lines.isEmpty()) {
				areas.add(new Area(part.area(), this.messages.getMessage("mobilisation.privacy.area." + part.area(),
						null, part.area(), language.locale()), lines));
			}
		}
		return Optional
			.of(new Held(email.get().value(), this.people.language(personId), areas, this.consent.entries(personId)));
	}

	/** The same as a map, for the JSON download. */
	static Map<String, Object> json(Held held) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("email", held.email());
		json.put("language", held.language().code());
		Map<String, Object> areas = new LinkedHashMap<>();
		held.areas().forEach((area) -> areas.put(area.name(), area.lines().stream().map((line) -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("label", line.label());
			one.put("value", line.value());
			one.put("at", (line.at() != null) ? line.at().toString() : null);
			return one;
		}).toList()));
		json.put("data", areas);
		json.put("consents", held.consents().stream().map((entry) -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("purpose", entry.purpose().name());
			one.put("subject", entry.subject());
			one.put("event", entry.event().name());
			one.put("language", entry.language().code());
			one.put("wording", entry.wording());
			one.put("wordingSha256", entry.wordingHash());
			one.put("at", entry.at().toString());
			return one;
		}).toList());
		return json;
	}

	/** The same as plain text, for the text download. */
	String text(Held held, Language language) {
		StringBuilder text = new StringBuilder();
		text.append(label("mobilisation.privacy.email", language)).append(": ").append(held.email()).append("\n\n");
		for (Area area : held.areas()) {
			text.append("== ").append(area.name()).append(" ==\n");
			for (Line line : area.lines()) {
				text.append(line.label()).append(": ").append(line.value());
				if (line.at() != null) {
					text.append(" (").append(line.at()).append(')');
				}
				text.append('\n');
			}
			text.append('\n');
		}
		text.append("== ").append(label("mobilisation.privacy.consents", language)).append(" ==\n");
		for (ConsentEntry entry : held.consents()) {
			text.append(entry.at())
				.append(' ')
				.append(entry.purpose())
				.append(' ')
				.append(entry.event())
				.append(' ')
				.append(entry.subject())
				.append(" [")
				.append(entry.language().code())
				.append("]: \u201c")
				.append(entry.wording())
				.append("\u201d\n");
		}
		return text.toString();
	}

	private String label(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

	/**
	 * What is held about a person.
	 *
	 * @param email their address
	 * @param language the language they first used
	 * @param areas what each part holds
	 * @param consents their consent ledger, oldest first
	 */
	record Held(String email, Language language, List<Area> areas, List<ConsentEntry> consents) {
	}

	/**
	 * What one part holds.
	 *
	 * @param name the part
	 * @param title its name in words
	 * @param lines its lines
	 */
	record Area(String name, String title, List<Line> lines) {
	}

	/**
	 * One thing held.
	 *
	 * @param label what it is, in words
	 * @param value what is held
	 * @param at when it was recorded, or {@code null}
	 */
	record Line(String label, String value, Instant at) {
	}

}
