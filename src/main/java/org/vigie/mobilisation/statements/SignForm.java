package org.vigie.mobilisation.statements;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.vigie.mobilisation.people.EmailAddress;

/**
 * The signing form as sent, read and checked: each field's value as typed (cut to a
 * length that fits the page) and what is wrong with each, as message key suffixes
 * ({@code mobilisation.statements.problem.<suffix>}).
 */
public final class SignForm {

	/** Fields and their longest accepted value. */
	static final Map<String, Integer> LIMITS = Map.of("name", 160, "type", 20, "city", 100, "website", 200,
			"enterpriseNumber", 20, "contact", 120, "email", EmailAddress.MAX_LENGTH);

	private static final int SHOWN = 300;

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private boolean consent;

	private SignForm() {
	}

	/** An empty form. */
	public static SignForm empty() {
		return new SignForm();
	}

	/** The form as sent. */
	public static SignForm read(Map<String, String> sent) {
		SignForm form = new SignForm();
		for (String field : new String[] { "name", "type", "city", "website", "enterpriseNumber", "contact",
				"email" }) {
			String value = sent.getOrDefault(field, "");
			value = (value.length() > SHOWN) ? value.substring(0, SHOWN) : value.strip();
			form.values.put(field, value);
			String raw = sent.getOrDefault(field, "");
			if (raw.length() > LIMITS.get(field) + 20 || value.length() > LIMITS.get(field)) {
				form.errors.put(field, "tooLong");
			}
			else if (value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
				form.errors.put(field, "invalid");
			}
		}
		form.consent = "yes".equals(sent.get("consent"));
		form.check();
		return form;
	}

	private void check() {
		required("name");
		if (!this.errors.containsKey("name") && OrganisationName.key(value("name")).isEmpty()) {
			this.errors.put("name", "invalid");
		}
		if (!this.errors.containsKey("type") && type().isEmpty()) {
			this.errors.put("type", "required");
		}
		required("city");
		required("website");
		if (!this.errors.containsKey("website") && !WebDomain.valid(value("website"))) {
			this.errors.put("website", "website");
		}
		String number = value("enterpriseNumber");
		if (!this.errors.containsKey("enterpriseNumber") && !number.isEmpty() && enterpriseNumber().isEmpty()) {
			boolean shape = number.replaceFirst("^(?i)BE", "").replaceAll("[\\s.\\-]", "").matches("[01]?[0-9]{9}");
			this.errors.put("enterpriseNumber", shape ? "checkDigits" : "enterpriseNumber");
		}
		required("contact");
		if (!this.errors.containsKey("email") && email().isEmpty()) {
			this.errors.put("email", "email");
		}
		if (!this.consent) {
			this.errors.put("consent", "consent");
		}
	}

	private void required(String field) {
		if (!this.errors.containsKey(field) && value(field).isEmpty()) {
			this.errors.put(field, "required");
		}
	}

	/** A field's value as typed. */
	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	/** What is wrong, field by field, in the form's order. */
	public Map<String, String> errors() {
		return this.errors;
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public boolean consent() {
		return this.consent;
	}

	public Optional<OrganisationType> type() {
		return OrganisationType.parse(value("type"));
	}

	public Optional<EmailAddress> email() {
		return EmailAddress.parse(value("email"));
	}

	public Optional<EnterpriseNumber> enterpriseNumber() {
		return value("enterpriseNumber").isEmpty() ? Optional.empty()
				: EnterpriseNumber.parse(value("enterpriseNumber"));
	}

}
