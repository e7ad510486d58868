package org.vigie.mobilisation.statements;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.people.PersonalData;

/**
 * What statements hold about a contact person: the forms they sent for their
 * organisation. Erasing a person removes their name from every form and deletes the forms
 * they never confirmed; an organisation's signature that is on the public list stays
 * there, because it speaks for the organisation, not the person, and was made public with
 * its consent (the organisation withdraws it with its own link). A signature nobody
 * confirmed disappears with its last form.
 */
@Component("mobilisationStatementsSignatoryData")
class SignatoryData implements PersonalData {

	private final JdbcClient jdbc;

	private final SignatureStore store;

	SignatoryData(JdbcClient jdbc, SignatureStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	@Override
	public String area() {
		return "statements";
	}

	@Override
	public List<Item> export(UUID personId) {
		List<Item> items = new ArrayList<>();
		for (Submission submission : this.store.submissionsOf(personId)) {
			String what = String.join(" · ", submission.name(), submission.type().name(), submission.city(),
					submission.website(), (submission.enterpriseNumber() != null) ? submission.enterpriseNumber() : "-",
					(submission.contact() != null) ? submission.contact() : "-");
			items.add(new Item("mobilisation.statements.export.submission", what, submission.submittedAt()));
			if (submission.confirmedAt() != null) {
				items.add(new Item("mobilisation.statements.export.confirmed", submission.name(),
						submission.confirmedAt()));
			}
		}
		return items;
	}

	@Override
	public void erase(UUID personId, Instant now) {
		this.jdbc.sql("""
				delete from mobilisation_statements_submission where person_id = ? and confirmed_at is null""")
			.param(personId)
			.update();
		this.jdbc.sql("""
				update mobilisation_statements_submission set contact_name = null, erased_at = ?
				where person_id = ?""").params(Timestamp.from(now), personId).update();
		forgetOrphans();
	}

	@Override
	public int forgetUnconfirmed(Instant createdBefore) {
		int forgotten = this.jdbc.sql("""
				delete from mobilisation_statements_submission where confirmed_at is null and submitted_at < ?""")
			.param(Timestamp.from(createdBefore))
			.update();
		forgetOrphans();
		return forgotten;
	}

	/** Signatures left without any form and never listed. */
	private void forgetOrphans() {
		this.jdbc.sql("""
				delete from mobilisation_statements_signature s where s.listed_at is null and not exists
					(select 1 from mobilisation_statements_submission b where b.signature_id = s.id)""").update();
	}

}
