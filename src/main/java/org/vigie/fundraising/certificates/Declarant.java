package org.vigie.fundraising.certificates;

import java.util.regex.Pattern;

/**
 * The approved institution that issues the certificates and sends them to Belcotax: its
 * statutory name, enterprise number, registered office in Belgium, and the person the tax
 * administration may contact about the file. The lengths are the ones Belcotax's brochure
 * gives for the sender (name 41, street 32, city 27, contact 34, phone 12, email 44
 * characters).
 *
 * @param name the statutory name
 * @param enterpriseNumber its KBO/BCE number
 * @param address its registered office, in Belgium
 * @param contactName the contact person for Belcotax
 * @param phone the contact's phone number
 * @param email the contact's email address
 * @param language the language Belcotax writes to the institution in (French or Dutch)
 */
public record Declarant(String name, EnterpriseNumber enterpriseNumber, PostalAddress address, String contactName,
		String phone, String email, Language language) {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,11}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	/**
	 * Checks and trims every field.
	 * @throws CertificateRefused naming the field that is missing, too long or malformed
	 */
	public Declarant {
		Fields fields = Fields.ofDeclarant();
		name = fields.text(name, "name", 41);
		if (enterpriseNumber == null) {
			throw fields.missing("enterpriseNumber");
		}
		if (address == null) {
			throw fields.missing("address");
		}
		address = address.checked(fields, true);
		contactName = fields.text(contactName, "contactName", 34);
		phone = fields.text(phone, "phone", 20).replaceAll("[\\s./()\\-]", "");
		if (!PHONE.matcher(phone).matches()) {
			throw fields.refused("phone");
		}
		email = fields.text(email, "email", 44);
		if (!EMAIL.matcher(email).matches()) {
			throw fields.refused("email");
		}
		if (language == null || !language.official()) {
			throw fields.refused("language");
		}
	}

}
