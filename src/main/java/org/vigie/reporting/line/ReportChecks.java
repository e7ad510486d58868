package org.vigie.reporting.line;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.reporting.reports.Category;
import org.vigie.reporting.reports.Channel;
import org.vigie.reporting.reports.FollowUp;
import org.vigie.reporting.reports.PlaceType;
import org.vigie.reporting.reports.ReportContent;
import org.vigie.reporting.reports.ReportDraft;

/**
 * Checks each step's answers and turns the whole form into a draft. An error names the
 * field and the message key the reporter reads; nothing is stored until every step holds.
 */
final class ReportChecks {

	private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

	/** Control characters other than tabs and line breaks have no place in a report. */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\uFFF9-\\uFFFB\\uFEFF]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,252}\\.[^@\\s.]{1,63}");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().\\-/]{4,40}");

	private ReportChecks() {
	}

	/** The errors of one step's answers, by field, as message keys. */
	static Map<String, String> step(ReportForm form, int step) {
		Map<String, String> errors = new LinkedHashMap<>();
		switch (step) {
			case 1 -> {
				choice(errors, form, "category", Category.values(), true);
				text(errors, form, "what", ReportContent.MAX_WHAT, true);
			}
			case 2 -> {
				country(errors, form, "country", true);
				text(errors, form, "city", 200, false);
				choice(errors, form, "placeType", PlaceType.values(), false);
				text(errors, form, "place", ReportContent.MAX_TEXT, false);
				coordinates(errors, form);
			}
			case 3 -> {
				text(errors, form, "when", 200, false);
				text(errors, form, "adults", ReportContent.MAX_TEXT, false);
				text(errors, form, "children", ReportContent.MAX_TEXT, false);
				text(errors, form, "languages", 200, false);
			}
			default -> contact(errors, form);
		}
		return errors;
	}

	/** The first step with an error, or 0 when every step holds. */
	static int firstWrongStep(ReportForm form) {
		for (int step = 1; step <= ReportForm.STEPS; step++) {
			if (!step(form, step).isEmpty()) {
				return step;
			}
		}
		return 0;
	}

	/** The draft of a form whose every step holds. */
	static ReportDraft draft(ReportForm form, Channel channel) {
		String placeType = form.answer("placeType");
		ReportContent.Contact contact = new ReportContent.Contact(form.answer("name"), form.answer("email"),
				form.answer("phone"));
		ReportContent content = new ReportContent(form.answer("what"), form.answer("city"), form.answer("place"),
				position(form), form.answer("when"), form.answer("adults"), form.answer("children"),
				form.answer("languages"), form.answer("residence"), contact.isEmpty() ? null : contact);
		return new ReportDraft(Category.valueOf(form.answer("category")), form.answer("country"),
				placeType.isEmpty() ? PlaceType.UNKNOWN : PlaceType.valueOf(placeType),
				FollowUp.valueOf(form.answer("followUp")), channel, content);
	}

	private static void contact(Map<String, String> errors, ReportForm form) {
		country(errors, form, "residence", false);
		text(errors, form, "name", 200, false);
		text(errors, form, "email", 254, false);
		text(errors, form, "phone", 40, false);
		if (!errors.containsKey("email") && !form.answer("email").isEmpty()
				&& !EMAIL.matcher(form.answer("email").strip()).matches()) {
			errors.put("email", "line.error.email");
		}
		if (!errors.containsKey("phone") && !form.answer("phone").isEmpty()
				&& !PHONE.matcher(form.answer("phone").strip()).matches()) {
			errors.put("phone", "line.error.phone");
		}
		choice(errors, form, "followUp", FollowUp.values(), true);
		if (form.answer("followUp").equals(FollowUp.CONSENT.name()) && form.answer("email").isBlank()
				&& form.answer("phone").isBlank()) {
			errors.putIfAbsent("email", "line.error.consentNeedsContact");
		}
	}

	private static void coordinates(Map<String, String> errors, ReportForm form) {
		String latitude = form.answer("latitude");
		String longitude = form.answer("longitude");
		if (latitude.isBlank() && longitude.isBlank()) {
			return;
		}
		if (!Set.of("1", "2", "3").contains(form.answer("precision"))) {
			errors.put("precision", "line.error.choice");
		}
		if (number(latitude, 90) == null) {
			errors.put("latitude", "line.error.latitude");
		}
		if (number(longitude, 180) == null) {
			errors.put("longitude", "line.error.longitude");
		}
	}

	private static ReportContent.Coordinates position(ReportForm form) {
		Double latitude = number(form.answer("latitude"), 90);
		Double longitude = number(form.answer("longitude"), 180);
		if (latitude == null || longitude == null) {
			return null;
		}
		return new ReportContent.Coordinates(latitude, longitude, Integer.parseInt(form.answer("precision")));
	}

	private static Double number(String text, double bound) {
		if (text.length() > 20 || !text.strip().matches("-?[0-9]{1,3}([.,][0-9]{1,10})?")) {
			return null;
		}
		double value = Double.parseDouble(text.strip().replace(',', '.'));
		return (Math.abs(value) <= bound) ? value : null;
	}

	private static void country(Map<String, String> errors, ReportForm form, String field, boolean required) {
		String code = form.answer(field);
		if (code.isEmpty() ? required : !COUNTRIES.contains(code)) {
			errors.put(field, "line.error.country");
		}
	}

	private static void choice(Map<String, String> errors, ReportForm form, String field, Enum<?>[] choices,
			boolean required) {
		String value = form.answer(field);
		boolean known = Arrays.stream(choices).anyMatch((choice) -> choice.name().equals(value));
		if (value.isEmpty() ? required : !known) {
			errors.put(field, "line.error.choice");
		}
	}

	private static void text(Map<String, String> errors, ReportForm form, String field, int max, boolean required) {
		String value = form.answer(field).strip();
		if (required && value.isEmpty()) {
			errors.put(field, "line.error.required");
		}
		else if (value.length() > max) {
			errors.put(field, "line.error.tooLong");
		}
		else if (CONTROL.matcher(value).find()) {
			errors.put(field, "line.error.characters");
		}
	}

}
