package org.vigie.fundraising.certificates.issuing;

import java.time.Instant;
import java.util.UUID;

import org.vigie.fundraising.certificates.CertificateLine;
import org.vigie.fundraising.certificates.PostalAddress;
import org.vigie.site.Language;

/**
 * A certificate as issued and stored: one version of a numbered certificate of a year,
 * with what it printed (names, address, amount). Its national register number stays
 * sealed here; its PDF is read apart.
 *
 * @param id the version's id
 * @param year the tax year
 * @param number its number within the year, the same for every version
 * @param version 1 for the original, then 2, 3… for each correction
 * @param donorId the donor
 * @param kind original, modification or cancellation
 * @param replaces the version it replaces, or {@code null}
 * @param replacedBy the version that replaced it, or {@code null} while it is current
 * @param amountCents the certified total (for a cancellation: the cancelled total)
 * @param language the language it is written in
 * @param firstName the donor's first names as printed
 * @param lastName the donor's surname as printed
 * @param address the address as printed
 * @param issuedAt when it was issued
 */
record IssuedCertificate(UUID id, int year, int number, int version, UUID donorId, CertificateLine.Kind kind,
		UUID replaces, UUID replacedBy, long amountCents, Language language, String firstName, String lastName,
		PostalAddress address, Instant issuedAt) {

	/** Whether no later version replaced it. */
	public boolean current() {
		return this.replacedBy == null;
	}

	/** The total it certifies now: nothing for a cancellation. */
	public long certifiedCents() {
		return (this.kind == CertificateLine.Kind.CANCELLATION) ? 0 : this.amountCents;
	}

	/** The day it was issued, in Brussels. */
	public java.time.LocalDate issuedOn() {
		return java.time.LocalDate.ofInstant(this.issuedAt, TaxYears.BRUSSELS);
	}

	/** First names and surname. */
	public String name() {
		return (this.firstName + " " + this.lastName).strip();
	}

	/** The file name of its PDF. */
	public String fileName() {
		return "certificate-" + this.year + "-" + this.number + "-v" + this.version + ".pdf";
	}

}
