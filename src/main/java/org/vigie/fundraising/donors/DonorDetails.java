package org.vigie.fundraising.donors;

import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.site.Language;

/**
 * What a donor gives at the checkout, already checked.
 *
 * @param email where the thank-you and the self-service links go
 * @param firstName first name
 * @param lastName last name
 * @param address postal address, required with a national register number
 * @param nationalNumber given to opt in to a tax certificate, or {@code null}
 * @param language the donor's language
 * @param consentVersion the version of the privacy notice they accepted
 */
public record DonorDetails(String email, String firstName, String lastName, PostalAddress address,
		NationalRegisterNumber nationalNumber, Language language, String consentVersion) {

}
