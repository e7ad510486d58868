package org.vigie.mobilisation.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signatures and the submissions merged into them. An organisation has one signature per
 * statement: a form whose normalised name or web domain matches a signature's is merged
 * into it. Both are written outside any transaction with a unique constraint to settle
 * races: two forms sent at once for one organisation give one signature, and one person
 * sending the form twice gives one submission.
 */
@Component("mobilisationStatementsSignatureStore")
public class SignatureStore {

	private final JdbcClient jdbc;

	SignatureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The organisation's signature of the statement, made from the form when there is
	 * none; with how the form was merged into it ({@code null} when it made it).
	 */
	public Merged signatureFor(UUID statementId, SignForm form, Instant now) {
		String key = OrganisationName.key(form.value("name"));
		String domain = WebDomain.of(form.value("website")).orElse(null);
		Optional<Merged> found = find(statementId, key, domain);
		if (found.isPresent()) {
			return found.get();
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into mobilisation_statements_signature (id, statement_id, org_name, name_key, org_type, city,
						website, web_domain, enterprise_number, domain_verified, number_checked, staff_approved,
						awaiting_review, refused, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, null, false, false, false, false, false, ?)""")
				.params(id, statementId, form.value("name"), key, form.type().orElseThrow().name(), form.value("city"),
						form.value("website"), domain, Timestamp.from(now))
				.update();
			return new Merged(id, null);
		}
		catch (DuplicateKeyException ex) {
			return find(statementId, key, domain).orElseThrow(() -> ex);
		}
	}

	private Optional<Merged> find(UUID statementId, String key, String domain) {
		return this.jdbc.sql("""
				select id, name_key from mobilisation_statements_signature
				where statement_id = ? and (name_key = ? or web_domain = ?) order by created_at""")
			.params(statementId, key, domain)
			.query((rs, row) -> new Merged(rs.getObject("id", UUID.class),
					key.equals(rs.getString("name_key")) ? "NAME" : "DOMAIN"))
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The person's submission for the signature, recorded from the form when they have
	 * none yet (a repeat gives the one already recorded).
	 */
	public Submission submissionFor(Merged signature, UUID personId, SignForm form, boolean atDomain, String language,
			Instant now) {
		Optional<Submission> known = submission(signature.signatureId(), personId);
		if (known.isPresent()) {
			return known.get();
		}
		try {
			this.jdbc.sql("""
					insert into mobilisation_statements_submission (id, signature_id, person_id, org_name, org_type,
						city, website, enterprise_number, contact_name, language, at_domain, merged_by, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), signature.signatureId(), personId, form.value("name"),
						form.type().orElseThrow().name(), form.value("city"), form.value("website"),
						form.enterpriseNumber().map(EnterpriseNumber::digits).orElse(null), form.value("contact"),
						language, atDomain, signature.mergedBy(), Timestamp.from(now))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// the same person's other form won the race: theirs is the one
		}
		return submission(signature.signatureId(), personId).orElseThrow();
	}

	public Optional<Signatory> signature(UUID id) {
		return this.jdbc.sql(SIGNATURE + " where id = ?").param(id).query(SignatureStore::signatory).optional();
	}

	public Optional<Submission> submission(UUID id) {
		return this.jdbc.sql(SUBMISSION + " where id = ?").param(id).query(SignatureStore::submission).optional();
	}

	private Optional<Submission> submission(UUID signatureId, UUID personId) {
		return this.jdbc.sql(SUBMISSION + " where signature_id = ? and person_id = ?")
			.params(signatureId, personId)
			.query(SignatureStore::submission)
			.optional();
	}

	/** The submissions merged into a signature, oldest first. */
	public List<Submission> submissions(UUID signatureId) {
		return this.jdbc.sql(SUBMISSION + " where signature_id = ? order by submitted_at, id")
			.param(signatureId)
			.query(SignatureStore::submission)
			.list();
	}

	/** A person's submissions, oldest first. */
	public List<Submission> submissionsOf(UUID personId) {
		return this.jdbc.sql(SUBMISSION + " where person_id = ? order by submitted_at, id")
			.param(personId)
			.query(SignatureStore::submission)
			.list();
	}

	/** Every signature of a statement, in no particular order. */
	public List<Signatory> signatures(UUID statementId) {
		return this.jdbc.sql(SIGNATURE + " where statement_id = ?")
			.param(statementId)
			.query(SignatureStore::signatory)
			.list();
	}

	/** The signatures on the public list. */
	public List<Signatory> listed(UUID statementId) {
		return this.jdbc.sql(SIGNATURE + " where statement_id = ? and " + LISTED)
			.param(statementId)
			.query(SignatureStore::signatory)
			.list();
	}

	/** How many signatures the public list shows. */
	public int count(UUID statementId) {
		return this.jdbc
			.sql("select count(*) from mobilisation_statements_signature where statement_id = ? and " + LISTED)
			.param(statementId)
			.query(Integer.class)
			.single();
	}

	/**
	 * What the public list holds: not withdrawn, not refused, and verified or approved.
	 */
	static final String LISTED = "withdrawn_at is null and not refused and (domain_verified or staff_approved)";

	private static final String SIGNATURE = """
			select id, statement_id, org_name, org_type, city, website, web_domain, enterprise_number, domain_verified,
				number_checked, staff_approved, awaiting_review, refused, withdrawn_at
			from mobilisation_statements_signature""";

	private static final String SUBMISSION = """
			select id, signature_id, person_id, org_name, org_type, city, website, enterprise_number, contact_name,
				at_domain, merged_by, submitted_at, confirmed_at
			from mobilisation_statements_submission""";

	private static Signatory signatory(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new Signatory(rs.getObject("id", UUID.class), rs.getObject("statement_id", UUID.class),
				rs.getString("org_name"), OrganisationType.valueOf(rs.getString("org_type")), rs.getString("city"),
				rs.getString("website"), rs.getString("web_domain"), rs.getString("enterprise_number"),
				rs.getBoolean("domain_verified"), rs.getBoolean("number_checked"), rs.getBoolean("staff_approved"),
				rs.getBoolean("awaiting_review"), rs.getBoolean("refused"),
				(withdrawn != null) ? withdrawn.toInstant() : null);
	}

	private static Submission submission(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new Submission(rs.getObject("id", UUID.class), rs.getObject("signature_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getString("org_name"),
				OrganisationType.valueOf(rs.getString("org_type")), rs.getString("city"), rs.getString("website"),
				rs.getString("enterprise_number"), rs.getString("contact_name"), rs.getBoolean("at_domain"),
				rs.getString("merged_by"), rs.getTimestamp("submitted_at").toInstant(),
				(confirmed != null) ? confirmed.toInstant() : null);
	}

	/**
	 * A signature a form counts for.
	 *
	 * @param signatureId the signature
	 * @param mergedBy {@code null} when the form made it, else {@code NAME} or
	 * {@code DOMAIN}
	 */
	public record Merged(UUID signatureId, String mergedBy) {
	}

}
