package org.vigie.fundraising.certificates.issuing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The institution that issues the certificates, as configured
 * ({@code vigie.fundraising.declarant.*}, each overridable by an environment variable
 * such as {@code VIGIE_FUNDRAISING_DECLARANT_ENTERPRISE_NUMBER}). A setting left out
 * takes the demo's fictitious value only while the demo content is on; otherwise it is
 * missing and the certificates page says which setting to fill.
 *
 * @param name the statutory name
 * @param enterpriseNumber the KBO/BCE number
 * @param street the registered office's street and number
 * @param postcode its postcode
 * @param city its city
 * @param contactName the person Belcotax may contact
 * @param phone their phone number
 * @param email their email address
 * @param language {@code fr} or {@code nl}, the language Belcotax writes in
 */
@ConfigurationProperties("vigie.fundraising.declarant")
public record DeclarantSettings(String name, String enterpriseNumber, String street, String postcode, String city,
		String contactName, String phone, String email, String language) {

	/** The demo's institution: fictitious, with a valid enterprise number. */
	static final DeclarantSettings DEMO = new DeclarantSettings("Vigie Prévention ASBL", "0123.456.749",
			"Rue de l'Exemple 12", "1000", "Bruxelles", "Claire Fictive", "+3225550123", "dons@example.invalid", "fr");

	/** These settings, each one left out taken from {@code defaults}. */
	DeclarantSettings orElse(DeclarantSettings defaults) {
		return new DeclarantSettings(or(this.name, defaults.name), or(this.enterpriseNumber, defaults.enterpriseNumber),
				or(this.street, defaults.street), or(this.postcode, defaults.postcode), or(this.city, defaults.city),
				or(this.contactName, defaults.contactName), or(this.phone, defaults.phone),
				or(this.email, defaults.email), or(this.language, defaults.language));
	}

	private static String or(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
