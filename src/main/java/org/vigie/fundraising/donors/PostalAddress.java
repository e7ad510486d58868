package org.vigie.fundraising.donors;

/**
 * A postal address, as the 281.71 form needs it.
 *
 * @param street street and number
 * @param postcode postcode
 * @param city city
 * @param country ISO 3166 two-letter code, upper case
 */
public record PostalAddress(String street, String postcode, String city, String country) {

}
