package org.vigie.mobilisation.workshops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.workshops.Choices.AgeGroup;
import org.vigie.mobilisation.workshops.Choices.Kind;
import org.vigie.mobilisation.workshops.Choices.Period;
import org.vigie.mobilisation.workshops.Choices.Region;
import org.vigie.site.Language;

/**
 * The public request form as sent: what was typed (kept to show it back, each value cut
 * at a length above its limit) and, per field, why it was refused. A form with an error
 * changes nothing.
 *
 * @param values each field as typed
 * @param periods the periods ticked
 * @param errors per field, the problem's word (message
 * {@code mobilisation.workshops.problem.<word>})
 */
public record RequestForm(Map<String, String> values, List<String> periods, Map<String, String> errors) {

	/** The most young people one request may announce. */
	public static final int MAX_YOUNG_PEOPLE = 500;

	private static final Pattern PHONE = Pattern.compile("[0-9 +()./-]{6,40}");

	private static final Map<String, Integer> LIMITS = Map.of("organisation", 200, "contactName", 120, "phone", 40,
			"message", 2000, "youngPeople", 6, "email", EmailAddress.MAX_LENGTH);

	/** An empty form. */
	public static RequestForm empty() {
		return new RequestForm(Map.of(), List.of(), Map.of());
	}

	/** Reads and checks what was sent. */
	public static RequestForm read(MultiValueMap<String, String> sent) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : List.of("project", "organisation", "kind", "region", "ageGroup", "youngPeople", "language",
				"contactName", "email", "phone", "message", "consent")) {
			String value = Optional.ofNullable(sent.getFirst(name)).orElse("").strip();
			values.put(name, (value.length() > 2100) ? value.substring(0, 2100) : value);
		}
		List<String> periods = Optional.ofNullable(sent.get("periods"))
			.orElse(List.of())
			.stream()
			.limit(20)
			.map((period) -> (period.length() > 10) ? "" : period)
			.distinct()
			.toList();
		Map<String, String> errors = new LinkedHashMap<>();
		check(values, periods, errors);
		return new RequestForm(values, periods, errors);
	}

	private static void check(Map<String, String> values, List<String> periods, Map<String, String> errors) {
		LIMITS.forEach((name, limit) -> {
			if (values.get(name).length() > limit) {
				errors.put(name, "tooLong");
			}
		});
		values.forEach((name, value) -> {
			boolean multiline = "message".equals(name);
			if (value.chars().anyMatch((c) -> (c < 0x20 && !(multiline && (c == '\n' || c == '\r'))) || c == 0x7f)) {
				errors.putIfAbsent(name, "control");
			}
		});
		required(values, errors, "organisation", "contactName");
		if (uuid(values.get("project")).isEmpty()) {
			errors.putIfAbsent("project", "choose");
		}
		choice(values, errors, "kind", Kind.class);
		choice(values, errors, "region", Region.class);
		choice(values, errors, "ageGroup", AgeGroup.class);
		if (Language.fromCode(values.get("language")).isEmpty()) {
			errors.putIfAbsent("language", "choose");
		}
		if (periods.isEmpty() || periods.stream().anyMatch((p) -> Choices.parse(Period.class, p).isEmpty())) {
			errors.putIfAbsent("periods", "choose");
		}
		String young = values.get("youngPeople");
		if (!young.matches("[0-9]{1,6}") || Integer.parseInt(young) < 1 || Integer.parseInt(young) > MAX_YOUNG_PEOPLE) {
			errors.putIfAbsent("youngPeople", "youngPeople");
		}
		if (EmailAddress.parse(values.get("email")).isEmpty()) {
			errors.putIfAbsent("email", "email");
		}
		String phone = values.get("phone");
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			errors.putIfAbsent("phone", "phone");
		}
		if (values.get("consent").isEmpty()) {
			errors.putIfAbsent("consent", "consent");
		}
	}

	private static void required(Map<String, String> values, Map<String, String> errors, String... names) {
		for (String name : names) {
			if (values.get(name).isEmpty()) {
				errors.putIfAbsent(name, "required");
			}
		}
	}

	private static <E extends Enum<E>> void choice(Map<String, String> values, Map<String, String> errors, String name,
			Class<E> type) {
		if (Choices.parse(type, values.get(name)).isEmpty()) {
			errors.putIfAbsent(name, "choose");
		}
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return (text.length() == 36) ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A field's value as typed. */
	public String value(String name) {
		return this.values.getOrDefault(name, "");
	}

	/** Whether a period was ticked. */
	public boolean ticked(String period) {
		return this.periods.contains(period);
	}

	public boolean hasError(String name) {
		return this.errors.containsKey(name);
	}

	/** What a valid form asks for. */
	public NewRequest request() {
		if (!this.errors.isEmpty()) {
			throw new IllegalStateException("The form has errors");
		}
		List<Period> chosen = new ArrayList<>();
		this.periods.forEach((p) -> chosen.add(Period.valueOf(p)));
		String phone = value("phone");
		String message = value("message");
		return new NewRequest(UUID.fromString(value("project")), value("organisation"), Kind.valueOf(value("kind")),
				Region.valueOf(value("region")), AgeGroup.valueOf(value("ageGroup")),
				Integer.parseInt(value("youngPeople")), chosen, Language.fromCode(value("language")).orElseThrow(),
				value("contactName"), EmailAddress.parse(value("email")).orElseThrow(), phone.isEmpty() ? null : phone,
				message.isEmpty() ? null : message);
	}

	/**
	 * A checked request.
	 *
	 * @param projectId the project
	 * @param organisation the organisation's name
	 * @param kind its kind
	 * @param region where
	 * @param ageGroup the young people's age
	 * @param youngPeople how many
	 * @param periods when
	 * @param language the workshop's language
	 * @param contactName who to speak to
	 * @param email their address
	 * @param phone their phone, or {@code null}
	 * @param message their message, or {@code null}
	 */
	public record NewRequest(UUID projectId, String organisation, Kind kind, Region region, AgeGroup ageGroup,
			int youngPeople, List<Period> periods, Language language, String contactName, EmailAddress email,
			String phone, String message) {
	}

}
