package org.vigie.fundraising.donors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.ServerKeys;
import org.vigie.site.Language;

/**
 * Donors in the database. A donor is found again by a keyed hash of their email, so the
 * same person giving twice has one history and one certificate. Their email and national
 * register number are sealed with the server's keys; every reading of a national register
 * number is written to the audit trail with who read it and why.
 */
@Component
public class Donors {

	static final String EMAIL_HASH = "fundraising-donor-email";

	static final String EMAIL_SEAL = "fundraising-donor-email";

	static final String NRN_SEAL = "fundraising-donor-nrn";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final AuditTrail audit;

	Donors(JdbcClient jdbc, ServerKeys keys, AuditTrail audit) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.audit = audit;
	}

	/**
	 * The donor with that email, updated with what they gave now, or a new donor. A
	 * national register number given now replaces an earlier one; one not given keeps it.
	 */
	@Transactional
	public UUID record(DonorDetails details, Instant now) {
		String hash = emailHash(details.email());
		Optional<UUID> existing = this.jdbc.sql("select id from fundraising_donor where email_hash = ?")
			.param(hash)
			.query(UUID.class)
			.optional();
		PostalAddress address = details.address();
		String nrn = (details.nationalNumber() != null) ? this.keys.seal(details.nationalNumber().digits(), NRN_SEAL)
				: null;
		if (existing.isPresent()) {
			UUID id = existing.get();
			this.jdbc.sql("""
					update fundraising_donor set first_name = ?, last_name = ?, language = ?, consent_version = ?,
						consent_at = ? where id = ?""")
				.params(details.firstName(), details.lastName(), details.language().code(), details.consentVersion(),
						Timestamp.from(now), id)
				.update();
			if (address != null) {
				this.jdbc
					.sql("update fundraising_donor set street = ?, postcode = ?, city = ?, country = ? where id = ?")
					.params(address.street(), address.postcode(), address.city(), address.country(), id)
					.update();
			}
			if (nrn != null) {
				this.jdbc.sql("update fundraising_donor set nrn_sealed = ? where id = ?").params(nrn, id).update();
			}
			return id;
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into fundraising_donor (id, email_hash, email_sealed, first_name, last_name, street, postcode,
					city, country, nrn_sealed, language, consent_version, consent_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, hash, this.keys.seal(normalise(details.email()), EMAIL_SEAL), details.firstName(),
					details.lastName(), (address != null) ? address.street() : null,
					(address != null) ? address.postcode() : null, (address != null) ? address.city() : null,
					(address != null) ? address.country() : null, nrn, details.language().code(),
					details.consentVersion(), Timestamp.from(now), Timestamp.from(now))
			.update();
		return id;
	}

	public Optional<Donor> byId(UUID id) {
		return this.jdbc.sql("select * from fundraising_donor where id = ?")
			.param(id)
			.query((rs, row) -> donor(rs))
			.optional();
	}

	/** The donor who gave with that email, if any and not erased. */
	public Optional<UUID> byEmail(String email) {
		return this.jdbc.sql("select id from fundraising_donor where email_hash = ? and erased_at is null")
			.param(emailHash(email))
			.query(UUID.class)
			.optional();
	}

	/** The donor's email, opened to write to them; empty once erased. */
	public Optional<String> email(UUID donorId) {
		return this.jdbc.sql("select email_sealed from fundraising_donor where id = ?")
			.param(donorId)
			.query(String.class)
			.optional()
			.map((sealed) -> this.keys.open(sealed, EMAIL_SEAL));
	}

	/**
	 * The donor's national register number, opened; the reading is audited.
	 * @param actor who reads it (a staff member's name, or {@code system})
	 * @param why what for, for the audit trail (never personal data)
	 */
	public Optional<NationalRegisterNumber> nationalNumber(UUID donorId, String actor, String why) {
		Optional<String> sealed = this.jdbc.sql("select nrn_sealed from fundraising_donor where id = ?")
			.param(donorId)
			.query(String.class)
			.optional();
		if (sealed.isEmpty()) {
			return Optional.empty();
		}
		this.audit.record(FundraisingAudit.NATIONAL_NUMBER_READ, actor, "donor:" + donorId, why);
		return Optional.of(NationalRegisterNumber.parse(this.keys.open(sealed.get(), NRN_SEAL)));
	}

	/**
	 * Replaces the national register number a donor gave, at their own request; their
	 * certificates to come use the new one.
	 * @return whether a donor with a number on file was changed
	 */
	@Transactional
	public boolean replaceNationalNumber(UUID donorId, NationalRegisterNumber nationalNumber) {
		return this.jdbc.sql(
				"update fundraising_donor set nrn_sealed = ? where id = ? and nrn_sealed is not null and erased_at is null")
			.params(this.keys.seal(nationalNumber.digits(), NRN_SEAL), donorId)
			.update() > 0;
	}

	/**
	 * Removes the national register number a donor gave, at their own request: no
	 * certificate can be issued for their gifts not yet certified, so these no longer ask
	 * for one. Certificates already issued keep what they printed.
	 * @return whether a number was on file
	 */
	@Transactional
	public boolean withdrawNationalNumber(UUID donorId) {
		int changed = this.jdbc
			.sql("update fundraising_donor set nrn_sealed = null where id = ? and nrn_sealed is not null")
			.param(donorId)
			.update();
		this.jdbc.sql("""
				update fundraising_gift set certificate_wanted = false where donor_id = ? and certificate_wanted = true
					and id not in (select gift_id from fundraising_certified_gift)""").param(donorId).update();
		return changed > 0;
	}

	/**
	 * Erases a donor: the email, the national register number and the address go, the
	 * names become "erased"; gifts and ledger entries stay (the accounts and tax law need
	 * them) but no longer lead to a person. Certificates already issued keep what they
	 * printed, as the law requires them to be kept.
	 */
	@Transactional
	public void erase(UUID donorId, String actor, Instant now) {
		int changed = this.jdbc.sql("""
				update fundraising_donor set email_hash = null, email_sealed = null, nrn_sealed = null, street = null,
					postcode = null, city = null, country = null, first_name = '-', last_name = '-', erased_at = ?
					where id = ? and erased_at is null""").params(Timestamp.from(now), donorId).update();
		if (changed > 0) {
			this.jdbc.sql("update fundraising_gift set public_name = null where donor_id = ?").param(donorId).update();
			this.audit.record(FundraisingAudit.DONOR_ERASED, actor, "donor:" + donorId, "");
		}
	}

	String emailHash(String email) {
		return this.keys.keyedHash(EMAIL_HASH, normalise(email));
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static Donor donor(ResultSet rs) throws SQLException {
		String street = rs.getString("street");
		PostalAddress address = (street != null)
				? new PostalAddress(street, rs.getString("postcode"), rs.getString("city"), rs.getString("country"))
				: null;
		return new Donor(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"), address,
				Language.fromCode(rs.getString("language")).orElse(Language.FR), rs.getString("nrn_sealed") != null,
				rs.getTimestamp("erased_at") != null);
	}

}
