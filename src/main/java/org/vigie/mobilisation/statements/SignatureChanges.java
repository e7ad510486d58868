package org.vigie.mobilisation.statements;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of a signature's trust, each one guarded update in the caller's
 * transaction: what an address at the organisation's domain, a valid enterprise number,
 * staff and a withdrawal do to it.
 */
@Component("mobilisationStatementsSignatureChanges")
@Transactional(propagation = Propagation.MANDATORY)
public class SignatureChanges {

	private final JdbcClient jdbc;

	SignatureChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks a submission's address confirmed; whether it was not yet. */
	public boolean confirmSubmission(UUID submissionId, Instant now) {
		return this.jdbc
			.sql("update mobilisation_statements_submission set confirmed_at = ? where id = ? and confirmed_at is null")
			.params(Timestamp.from(now), submissionId)
			.update() == 1;
	}

	/**
	 * Claims the right to mail a submission's confirmation link: once, and again only
	 * after {@code since} (so a double click sends one email).
	 */
	public boolean claimMailing(UUID submissionId, Instant now, Instant since) {
		return this.jdbc.sql("""
				update mobilisation_statements_submission set mailed_at = ?
				where id = ? and confirmed_at is null and (mailed_at is null or mailed_at < ?)""")
			.params(Timestamp.from(now), submissionId, Timestamp.from(since))
			.update() == 1;
	}

	/** An address at the signature's own domain confirmed it. */
	public void domainVerified(UUID signatureId, Instant now) {
		this.jdbc.sql("""
				update mobilisation_statements_signature set domain_verified = true, awaiting_review = false,
					withdrawn_at = null, listed_at = coalesce(listed_at, ?)
				where id = ?""").params(Timestamp.from(now), signatureId).update();
	}

	/**
	 * The signature, not yet listed, takes the details of a submission confirmed at its
	 * own domain (someone else may have typed the organisation's name first).
	 */
	public void takeOver(UUID signatureId, Submission from, String domain, Instant now) {
		this.jdbc.sql("""
				update mobilisation_statements_signature set org_name = ?, name_key = ?, org_type = ?, city = ?,
					website = ?, web_domain = ? where id = ?""")
			.params(from.name(), OrganisationName.key(from.name()), from.type().name(), from.city(), from.website(),
					domain, signatureId)
			.update();
		domainVerified(signatureId, now);
	}

	/** A confirmed submission the domain does not vouch for: staff will look. */
	public void toReview(UUID signatureId) {
		this.jdbc.sql("""
				update mobilisation_statements_signature set awaiting_review = true, withdrawn_at = null
				where id = ? and not refused and not (withdrawn_at is null and (domain_verified or staff_approved))""")
			.param(signatureId)
			.update();
	}

	/** A valid enterprise number given by a confirmed submission. */
	public void numberChecked(UUID signatureId, String digits) {
		this.jdbc.sql("""
				update mobilisation_statements_signature set enterprise_number = ?, number_checked = true
				where id = ? and enterprise_number is null""").params(digits, signatureId).update();
	}

	/** Staff approved it; whether it changed. */
	public boolean approve(UUID signatureId, Instant now) {
		return this.jdbc.sql("""
				update mobilisation_statements_signature set staff_approved = true, awaiting_review = false,
					refused = false, listed_at = coalesce(listed_at, ?)
				where id = ? and withdrawn_at is null and not staff_approved""")
			.params(Timestamp.from(now), signatureId)
			.update() == 1;
	}

	/** Staff refused it: off the list, out of the queue. */
	public boolean refuse(UUID signatureId) {
		return this.jdbc.sql("""
				update mobilisation_statements_signature set refused = true, awaiting_review = false
				where id = ? and not refused""").param(signatureId).update() == 1;
	}

	/**
	 * Staff renamed it: what the domain and the number vouched for was the old name, so
	 * only the staff member's own approval remains.
	 */
	public void rename(UUID signatureId, String name) {
		this.jdbc.sql("""
				update mobilisation_statements_signature set org_name = ?, name_key = ?, domain_verified = false,
					number_checked = false, enterprise_number = null, staff_approved = true, awaiting_review = false
				where id = ?""").params(name, OrganisationName.key(name), signatureId).update();
	}

	/** The organisation withdrew; whether it was listed or waiting until now. */
	public boolean withdraw(UUID signatureId, Instant now) {
		return this.jdbc.sql("""
				update mobilisation_statements_signature set withdrawn_at = ?, domain_verified = false,
					number_checked = false, enterprise_number = null, staff_approved = false, awaiting_review = false
				where id = ? and withdrawn_at is null""").params(Timestamp.from(now), signatureId).update() == 1;
	}

}
