package org.vigie.fundraising.certificates.issuing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.fundraising.certificates.CertificateLine;
import org.vigie.fundraising.certificates.PostalAddress;
import org.vigie.site.Language;

/**
 * The issued certificates in the database, and the per-year counter that numbers them.
 * Rows are only ever added; the one change to a stored version is noting, once, which
 * version replaced it.
 */
@Component
class CertificateStore {

	private final JdbcClient jdbc;

	private final TransactionTemplate separate;

	CertificateStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Locks the year's counter until the caller's transaction ends, creating it first (in
	 * a transaction of its own, so that two first runs racing to create it both go on to
	 * wait for the lock).
	 * @return the last number given in the year, 0 for none
	 */
	int lockYear(int year) {
		this.separate.executeWithoutResult((status) -> {
			try {
				this.jdbc.sql("""
						insert into fundraising_certificate_year (tax_year, last_number)
						select ?, 0 where not exists (select 1 from fundraising_certificate_year where tax_year = ?)""")
					.params(year, year)
					.update();
			}
			catch (DuplicateKeyException ex) {
				status.setRollbackOnly();
			}
		});
		return this.jdbc.sql("select last_number from fundraising_certificate_year where tax_year = ? for update")
			.param(year)
			.query(Integer.class)
			.single();
	}

	/** Notes the last number given, under the lock. */
	void lastNumber(int year, int number) {
		this.jdbc.sql("update fundraising_certificate_year set last_number = ? where tax_year = ?")
			.params(number, year)
			.update();
	}

	/** Stores one version of a certificate with its PDF and the gifts it certifies. */
	void insert(IssuedCertificate certificate, String nrnSealed, byte[] pdf, Map<UUID, Long> gifts) {
		PostalAddress address = certificate.address();
		this.jdbc
			.sql("""
					insert into fundraising_certificate (id, tax_year, number, version, donor_id, kind, replaces, amount_cents,
						language, first_name, last_name, street, postcode, city, country, nrn_sealed, pdf, issued_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(certificate.id(), certificate.year(), certificate.number(), certificate.version(),
					certificate.donorId(), certificate.kind().name(), certificate.replaces(), certificate.amountCents(),
					certificate.language().code(), certificate.firstName(), certificate.lastName(), address.street(),
					address.postcode(), address.city(), address.country(), nrnSealed, pdf,
					Timestamp.from(certificate.issuedAt()))
			.update();
		gifts.forEach((gift, cents) -> this.jdbc
			.sql("insert into fundraising_certified_gift (certificate_id, gift_id, amount_cents) values (?, ?, ?)")
			.params(certificate.id(), gift, cents)
			.update());
		if (certificate.replaces() != null) {
			this.jdbc.sql("update fundraising_certificate set replaced_by = ? where id = ? and replaced_by is null")
				.params(certificate.id(), certificate.replaces())
				.update();
		}
	}

	/** Every version of the year's certificates, by number then version. */
	List<IssuedCertificate> ofYear(int year) {
		return this.jdbc.sql("""
				select * from fundraising_certificate where tax_year = ? order by number, version""")
			.param(year)
			.query((rs, row) -> certificate(rs))
			.list();
	}

	/** The current version of each of the year's certificates, by number. */
	List<IssuedCertificate> current(int year) {
		return this.jdbc.sql("""
				select * from fundraising_certificate where tax_year = ? and replaced_by is null order by number""")
			.param(year)
			.query((rs, row) -> certificate(rs))
			.list();
	}

	Optional<IssuedCertificate> byId(UUID id) {
		return this.jdbc.sql("select * from fundraising_certificate where id = ?")
			.param(id)
			.query((rs, row) -> certificate(rs))
			.optional();
	}

	/** The version's PDF, as issued. */
	Optional<byte[]> pdf(UUID id) {
		return this.jdbc.sql("select pdf from fundraising_certificate where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** The version's sealed national register number. */
	String nrnSealed(UUID id) {
		return this.jdbc.sql("select nrn_sealed from fundraising_certificate where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	/** The gifts a version certifies, with the amounts it counted. */
	Map<UUID, Long> certifiedGifts(UUID certificateId) {
		Map<UUID, Long> gifts = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select gift_id, amount_cents from fundraising_certified_gift where certificate_id = ?")
			.param(certificateId)
			.query((rs, row) -> gifts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		return gifts;
	}

	private static IssuedCertificate certificate(ResultSet rs) throws SQLException {
		return new IssuedCertificate(
				rs.getObject("id", UUID.class), rs.getInt("tax_year"), rs.getInt("number"), rs.getInt("version"),
				rs.getObject("donor_id", UUID.class), CertificateLine.Kind.valueOf(rs.getString("kind")),
				rs.getObject("replaces", UUID.class), rs.getObject("replaced_by", UUID.class),
				rs.getLong("amount_cents"), Language.fromCode(rs.getString("language")).orElse(Language.FR),
				rs.getString("first_name"), rs.getString("last_name"), new PostalAddress(rs.getString("street"),
						rs.getString("postcode"), rs.getString("city"), rs.getString("country")),
				rs.getTimestamp("issued_at").toInstant());
	}

}
