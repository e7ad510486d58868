package org.vigie.reporting.line;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report form's answers as sent by the browser, every one a text so binding never
 * fails. A step shows its own fields and carries the others' answers in hidden fields:
 * the server keeps nothing between steps.
 *
 * @param step the step the answers come from (1 to {@value #STEPS})
 * @param token the form's {@link FormTokens token}
 * @param back set when the reporter goes back a step
 * @param category step 1
 * @param what step 1
 * @param country step 2
 * @param city step 2
 * @param placeType step 2
 * @param place step 2
 * @param latitude step 2
 * @param longitude step 2
 * @param precision step 2: decimals kept (1, 2 or 3)
 * @param when step 3
 * @param adults step 3
 * @param children step 3
 * @param languages step 3
 * @param residence step 4
 * @param name step 4
 * @param email step 4
 * @param phone step 4
 * @param followUp step 4
 */
record ReportForm(String step, String token, String back, String category, String what, String country, String city,
		String placeType, String place, String latitude, String longitude, String precision, String when, String adults,
		String children, String languages, String residence, String name, String email, String phone, String followUp) {

	/** Steps: what, where, when and who, then contact and follow-up. */
	static final int STEPS = 4;

	/** Which fields each step shows. */
	static final List<List<String>> FIELDS = List.of(List.of("category", "what"),
			List.of("country", "city", "placeType", "place", "latitude", "longitude", "precision"),
			List.of("when", "adults", "children", "languages"),
			List.of("residence", "name", "email", "phone", "followUp"));

	/** An empty form, for the first step. */
	static ReportForm empty() {
		return new ReportForm("1", null, null, null, null, null, null, null, null, null, null, "2", null, null, null,
				null, null, null, null, null, null);
	}

	/** The step, 1 when missing or malformed. */
	int stepNumber() {
		try {
			int number = Integer.parseInt(this.step);
			return (number >= 1 && number <= STEPS) ? number : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** Every answer by field name, blank ones left out. */
	Map<String, String> answers() {
		String[] values = { this.category, this.what, this.country, this.city, this.placeType, this.place,
				this.latitude, this.longitude, this.precision, this.when, this.adults, this.children, this.languages,
				this.residence, this.name, this.email, this.phone, this.followUp };
		List<String> names = FIELDS.stream().flatMap(List::stream).toList();
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null && !values[i].isBlank()) {
				answers.put(names.get(i), values[i]);
			}
		}
		return answers;
	}

	/** The answers a step carries in hidden fields: every other step's. */
	Map<String, String> carried(int shown) {
		Map<String, String> carried = new LinkedHashMap<>(answers());
		carried.keySet().removeAll(FIELDS.get(shown - 1));
		return carried;
	}

	/** The answer to one field, never {@code null}. */
	public String answer(String field) {
		return answers().getOrDefault(field, "");
	}

}
