package org.vigie.fundraising.certificates;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A postal address as Belcotax records it: street and number, postcode, city, and the
 * country as an ISO 3166 two-letter code. It is checked by the certificate line or the
 * institution that holds it, so that a refusal names the certificate it belongs to.
 *
 * @param street street and number
 * @param postcode the postcode, four digits in Belgium
 * @param city the city
 * @param country the ISO code of the country, {@code BE} for Belgium
 */
public record PostalAddress(String street, String postcode, String city, String country) {

	/**
	 * The countries Belcotax's code table (the NIS codes of its brochure, annex 3) is
	 * known here for: Belgium and its neighbours, where nearly all donors of a Belgian
	 * institution live. Another country is refused rather than guessed.
	 */
	private static final Map<String, String> BELCOTAX_COUNTRIES = Map.of("BE", "00150", "FR", "00111", "NL", "00129",
			"DE", "00103", "LU", "00113");

	private static final Pattern BELGIAN_POSTCODE = Pattern.compile("[1-9][0-9]{3}");

	private static final Pattern FOREIGN_POSTCODE = Pattern.compile("[A-Z0-9][A-Z0-9 \\-]{0,11}");

	/** Whether the address is in Belgium. */
	public boolean belgian() {
		return "BE".equals(countryCode());
	}

	/** The postcode as written in Belcotax: upper case, no surrounding spaces. */
	String cleanPostcode() {
		return (this.postcode != null) ? this.postcode.strip().toUpperCase(Locale.ROOT) : "";
	}

	/** The ISO code, upper case. */
	String countryCode() {
		return (this.country != null) ? this.country.strip().toUpperCase(Locale.ROOT) : "";
	}

	/** The code Belcotax gives the country. */
	String belcotaxCountry() {
		return BELCOTAX_COUNTRIES.get(countryCode());
	}

	/**
	 * Checks every part for the holder of the address.
	 * @param fields the checks, naming the certificate or the institution
	 * @param belgianOnly whether only a Belgian address is allowed (the institution's)
	 * @return the address with its parts trimmed
	 */
	PostalAddress checked(Fields fields, boolean belgianOnly) {
		String cleanStreet = fields.text(this.street, "street", belgianOnly ? 32 : 150);
		String cleanCity = fields.text(this.city, "city", belgianOnly ? 27 : 50);
		if (belcotaxCountry() == null || (belgianOnly && !belgian())) {
			throw fields.refused("country");
		}
		String code = cleanPostcode();
		boolean valid = belgian() ? BELGIAN_POSTCODE.matcher(code).matches() : FOREIGN_POSTCODE.matcher(code).matches();
		if (!valid) {
			throw fields.refused(belgian() ? "belgianPostcode" : "foreignPostcode");
		}
		return new PostalAddress(cleanStreet, code, cleanCity, countryCode());
	}

}
