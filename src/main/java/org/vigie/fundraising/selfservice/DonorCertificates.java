package org.vigie.fundraising.selfservice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tax certificates issued to a donor, as they were issued: read only, and only the
 * donor's own (a certificate of another donor is not found, as if it did not exist).
 */
@Component
class DonorCertificates {

	private final JdbcClient jdbc;

	DonorCertificates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A donor's certificates, the latest year first. */
	List<Issued> of(UUID donorId) {
		return this.jdbc.sql("""
				select id, tax_year, number, kind, amount_cents from fundraising_certificate
				where donor_id = ? order by tax_year desc, number desc""")
			.param(donorId)
			.query((rs, row) -> new Issued(rs.getObject("id", UUID.class), rs.getInt("tax_year"), rs.getInt("number"),
					rs.getString("kind"), rs.getLong("amount_cents")))
			.list();
	}

	/** The PDF of one of the donor's certificates. */
	Optional<Issued.Pdf> pdf(UUID donorId, UUID certificateId) {
		return this.jdbc.sql("select tax_year, number, pdf from fundraising_certificate where id = ? and donor_id = ?")
			.params(certificateId, donorId)
			.query((rs, row) -> new Issued.Pdf(rs.getInt("tax_year") + "-" + rs.getInt("number"), rs.getBytes("pdf")))
			.optional();
	}

	/**
	 * A certificate as listed.
	 *
	 * @param id the certificate
	 * @param year the tax year (of the gifts)
	 * @param number its number within the year
	 * @param kind ORIGINAL, MODIFICATION or CANCELLATION
	 * @param amountCents the amount certified
	 */
	record Issued(UUID id, int year, int number, String kind, long amountCents) {

		/** A certificate's PDF and the name it is downloaded under. */
		record Pdf(String name, byte[] bytes) {

		}

	}

}
