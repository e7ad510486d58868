package org.vigie.fundraising.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.fundraising.banking.BankingRefused;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.PostalAddress;
import org.vigie.fundraising.gifts.GiftRequest;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.site.Language;

/**
 * The gift form as sent, and what is wrong with it. Every field is bounded before it is
 * looked at; an error names the field and a message key
 * ({@code fundraising.give.problem.*}), and nothing is stored while one remains.
 *
 * @param values what was typed, to show the form again (never the national register
 * number, which is typed again)
 * @param errors the problems, by field
 * @param request the gift, when there is no problem
 */
public record GiveForm(Map<String, String> values, Map<String, String> errors, GiftRequest request) {

	/** The version of the privacy notice donors accept. */
	public static final String CONSENT_VERSION = "2026-12";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

	private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,7}(?:[.,][0-9]{1,2})?");

	private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9 -]{3,10}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	/** Reads the form. */
	public static GiveForm read(Map<String, String> sent, UUID campaignId, UUID pageId, Language language,
			boolean providerAvailable) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (String field : new String[] { "amount", "other", "frequency", "method", "firstName", "lastName", "email",
				"certificate", "street", "postcode", "city", "country", "showName", "publicName", "consent" }) {
			String value = sent.get(field);
			if (value != null && value.length() > 200) {
				errors.put(field, "tooLong");
				value = value.substring(0, 200);
			}
			values.put(field, (value != null) ? value.strip() : "");
		}
		long cents = amount(values.get("amount"), values.get("other"), errors);
		boolean monthly = "monthly".equals(values.get("frequency"));
		if (!values.get("frequency").isEmpty() && !monthly && !"once".equals(values.get("frequency"))) {
			errors.put("frequency", "choice");
		}
		PaymentMethod method = method(values.get("method"), providerAvailable, errors);
		String firstName = name(values, "firstName", errors);
		String lastName = name(values, "lastName", errors);
		String email = values.get("email");
		if (!EMAIL.matcher(email).matches()) {
			errors.put("email", "email");
		}
		boolean certificate = "yes".equals(values.get("certificate"));
		NationalRegisterNumber nrn = null;
		PostalAddress address = null;
		if (certificate) {
			String typed = sent.get("nationalNumber");
			try {
				nrn = NationalRegisterNumber.parse((typed != null && typed.length() <= 40) ? typed : "");
			}
			catch (BankingRefused ex) {
				errors.put("nationalNumber", "nationalNumber");
			}
			String street = values.get("street");
			String city = values.get("city");
			String postcode = values.get("postcode");
			String country = values.get("country").isEmpty() ? "BE" : values.get("country").toUpperCase(Locale.ROOT);
			if (street.isEmpty() || street.length() > 120 || blocked(street)) {
				errors.put("street", "required");
			}
			if (city.isEmpty() || city.length() > 80 || blocked(city)) {
				errors.put("city", "required");
			}
			if (!POSTCODE.matcher(postcode).matches()) {
				errors.put("postcode", "postcode");
			}
			if (!COUNTRY.matcher(country).matches()) {
				errors.put("country", "country");
			}
			address = new PostalAddress(street, postcode, city, country);
		}
		String publicName = null;
		if ("yes".equals(values.get("showName"))) {
			publicName = values.get("publicName").isEmpty() ? firstName : values.get("publicName");
			if (publicName == null || publicName.length() > 80 || blocked(publicName)) {
				errors.put("publicName", "name");
			}
		}
		if (!"yes".equals(values.get("consent"))) {
			errors.put("consent", "consent");
		}
		values.remove("nationalNumber");
		if (!errors.isEmpty()) {
			return new GiveForm(values, errors, null);
		}
		DonorDetails donor = new DonorDetails(email, firstName, lastName, address, nrn, language, CONSENT_VERSION);
		return new GiveForm(values, errors,
				new GiftRequest(campaignId, pageId, cents, monthly, method, donor, certificate, publicName));
	}

	/** An empty form, with the first suggested amount chosen. */
	public static GiveForm empty() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("amount", "50");
		values.put("frequency", "once");
		values.put("country", "BE");
		return new GiveForm(values, Map.of(), null);
	}

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	private static long amount(String chosen, String other, Map<String, String> errors) {
		String typed = "other".equals(chosen) || chosen.isEmpty() ? other : chosen;
		if (typed == null || !AMOUNT.matcher(typed).matches()) {
			errors.put("other", "amount");
			return 0;
		}
		String[] parts = typed.replace(',', '.').split("\\.");
		long cents = Long.parseLong(parts[0]) * 100;
		if (parts.length > 1) {
			cents += Long.parseLong((parts[1] + "0").substring(0, 2));
		}
		return cents;
	}

	private static PaymentMethod method(String typed, boolean providerAvailable, Map<String, String> errors) {
		if (typed.isEmpty() || "TRANSFER".equals(typed)) {
			return PaymentMethod.TRANSFER;
		}
		if (providerAvailable && ("BANCONTACT".equals(typed) || "CARD".equals(typed))) {
			return PaymentMethod.valueOf(typed);
		}
		errors.put("method", "choice");
		return PaymentMethod.TRANSFER;
	}

	private static String name(Map<String, String> values, String field, Map<String, String> errors) {
		String value = values.get(field);
		if (value.isEmpty() || value.length() > 80 || blocked(value)) {
			errors.put(field, "name");
		}
		return value;
	}

	/** Control characters and markup have no place in a name or an address. */
	private static boolean blocked(String value) {
		return value.chars().anyMatch((c) -> Character.isISOControl(c) || c == '<' || c == '>');
	}

}
