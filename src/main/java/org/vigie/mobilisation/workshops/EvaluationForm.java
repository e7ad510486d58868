package org.vigie.mobilisation.workshops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation form as sent: usefulness from 1 to 5, what the young people took away,
 * whether the organisation would recommend the workshop, and a free comment.
 *
 * @param values each field as typed (cut at a length above its limit)
 * @param errors per field, the problem's word
 */
public record EvaluationForm(Map<String, String> values, Map<String, String> errors) {

	/** The longest free text. */
	public static final int MAX_TEXT = 2000;

	public static EvaluationForm empty() {
		return new EvaluationForm(Map.of(), Map.of());
	}

	/** Reads and checks what was sent. */
	public static EvaluationForm read(Map<String, String> sent) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : new String[] { "usefulness", "takeaway", "recommend", "comment" }) {
			String value = Optional.ofNullable(sent.get(name)).orElse("").strip();
			values.put(name, (value.length() > MAX_TEXT + 100) ? value.substring(0, MAX_TEXT + 100) : value);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (!values.get("usefulness").matches("[1-5]")) {
			errors.put("usefulness", "choose");
		}
		if (!values.get("recommend").matches("yes|no")) {
			errors.put("recommend", "choose");
		}
		for (String name : new String[] { "takeaway", "comment" }) {
			String value = values.get(name);
			if (value.length() > MAX_TEXT) {
				errors.put(name, "tooLong");
			}
			else if (value.chars().anyMatch((c) -> (c < 0x20 && c != '\n' && c != '\r') || c == 0x7f)) {
				errors.put(name, "control");
			}
		}
		return new EvaluationForm(values, errors);
	}

	public String value(String name) {
		return this.values.getOrDefault(name, "");
	}

	public boolean hasError(String name) {
		return this.errors.containsKey(name);
	}

	/** What a valid form answers. */
	public Answer answer() {
		if (!this.errors.isEmpty()) {
			throw new IllegalStateException("The form has errors");
		}
		return new Answer(Integer.parseInt(value("usefulness")), blankToNull(value("takeaway")),
				"yes".equals(value("recommend")), blankToNull(value("comment")));
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	/**
	 * An organisation's answer.
	 *
	 * @param usefulness from 1 to 5
	 * @param takeaway what the young people took away, or {@code null}
	 * @param recommend whether they would recommend it
	 * @param comment a free comment, or {@code null}
	 */
	public record Answer(int usefulness, String takeaway, boolean recommend, String comment) {
	}

}
