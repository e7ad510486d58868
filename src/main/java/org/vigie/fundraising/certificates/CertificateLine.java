package org.vigie.fundraising.certificates;

import org.vigie.fundraising.banking.NationalRegisterNumber;

/**
 * One certificate of a year (a form 281.71): what the institution certifies a donor gave
 * it during the calendar year, in euro cents.
 * <p>
 * Its number is the certificate's sequence number within the year, the same on the
 * donor's PDF and in Belcotax (zone 2.9). A correction never takes a new number: Belcotax
 * finds the certificate to correct by that number, so a {@link Kind#MODIFICATION} or a
 * {@link Kind#CANCELLATION} carries the number of the certificate it replaces or cancels.
 *
 * @param number the certificate's sequence number within the year, from 1
 * @param kind an original certificate, or the correction of an earlier one
 * @param nationalNumber the donor's national register (or BIS) number
 * @param name the donor's surname
 * @param firstName the donor's first names
 * @param address the donor's home address
 * @param language the language of the donor's certificate
 * @param totalCents the total of the year's gifts, in euro cents
 */
public record CertificateLine(int number, Kind kind, NationalRegisterNumber nationalNumber, String name,
		String firstName, PostalAddress address, Language language, long totalCents) {

	/**
	 * The least a donor must have given in a calendar year to have a certificate: 40
	 * euros.
	 */
	public static final long MINIMUM_CENTS = 40_00;

	/** The most Belcotax's amount zone takes: eleven digits of cents. */
	public static final long MAXIMUM_CENTS = 99_999_999_999L;

	/**
	 * Checks and trims every field.
	 * @throws CertificateRefused naming the certificate and the field that is wrong
	 */
	public CertificateLine {
		if (number < 1) {
			throw new CertificateRefused("numberNotPositive");
		}
		Fields fields = Fields.ofLine(number);
		if (kind == null) {
			throw fields.missing("kind");
		}
		if (nationalNumber == null) {
			throw fields.missing("nationalNumber");
		}
		name = fields.text(name, "name", 41);
		firstName = fields.text(firstName, "firstName", 100);
		if (address == null) {
			throw fields.missing("address");
		}
		address = address.checked(fields, false);
		if (language == null) {
			throw fields.missing("language");
		}
		long least = (kind == Kind.CANCELLATION) ? 1 : MINIMUM_CENTS;
		if (totalCents < least || totalCents > MAXIMUM_CENTS) {
			throw fields.refused("amount");
		}
	}

	/**
	 * What a certificate is, for Belcotax's "type of treatment" (zone 2.28).
	 */
	public enum Kind {

		/** A certificate issued for the first time. */
		ORIGINAL,

		/** The correction of a certificate already sent: it replaces it, same number. */
		MODIFICATION,

		/** The withdrawal of a certificate already sent, same number. */
		CANCELLATION

	}

}
