package org.vigie.fundraising.gifts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The NGO's fundraising settings ({@code vigie.fundraising.*}, each overridable by an
 * environment variable such as {@code VIGIE_FUNDRAISING_IBAN}).
 *
 * @param beneficiary the name on the NGO's account, shown to donors and in the EPC QR
 * code
 * @param iban the account donors transfer to
 * @param bic its bank's BIC, shown with it
 * @param minimumCents the smallest gift taken online (card testers try tiny amounts)
 * @param maximumCents the largest gift taken online; larger gifts are welcome by transfer
 * after a word with the NGO
 * @param certificateMinimumCents the yearly total from which a tax certificate is issued
 */
@ConfigurationProperties("vigie.fundraising")
public record FundraisingProperties(String beneficiary, String iban, String bic, Long minimumCents, Long maximumCents,
		Long certificateMinimumCents) {

	public FundraisingProperties {
		beneficiary = (beneficiary == null || beneficiary.isBlank()) ? "Vigie ASBL" : beneficiary;
		iban = (iban == null || iban.isBlank()) ? "BE68539007547034" : iban;
		bic = (bic == null) ? "" : bic;
		minimumCents = (minimumCents == null) ? 500L : minimumCents;
		maximumCents = (maximumCents == null) ? 10_000_00L : maximumCents;
		certificateMinimumCents = (certificateMinimumCents == null) ? 4000L : certificateMinimumCents;
	}

}
