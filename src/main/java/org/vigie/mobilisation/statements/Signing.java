package org.vigie.mobilisation.statements;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.mobilisation.confirm.Confirmations;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

/**
 * An organisation signs: the form finds or makes the organisation's signature, records
 * the person's submission and their consent to the public listing, and mails them a
 * confirmation link, whether the organisation had signed before or not (the answer is the
 * same either way). A person who sends the form again, or twice at once, gets one
 * submission and one email; they may ask for a new link after {@link #RESEND_AFTER}.
 */
@Component("mobilisationStatementsSigning")
public class Signing {

	/** When a person who sends the form again gets a new confirmation link. */
	static final Duration RESEND_AFTER = Duration.ofMinutes(15);

	private final People people;

	private final SignatureStore store;

	private final SignatureChanges changes;

	private final ConsentLedger consents;

	private final Confirmations confirmations;

	private final StatementMails mails;

	private final TransactionTemplate transactions;

	Signing(People people, SignatureStore store, SignatureChanges changes, ConsentLedger consents,
			Confirmations confirmations, StatementMails mails, TransactionTemplate transactions) {
		this.people = people;
		this.store = store;
		this.changes = changes;
		this.consents = consents;
		this.confirmations = confirmations;
		this.mails = mails;
		this.transactions = transactions;
	}

	/**
	 * Records a checked form.
	 * @param wording the consent sentence the person was shown, in their language
	 */
	public void sign(Statement statement, SignForm form, String wording, Language language, Instant now) {
		EmailAddress email = form.email().orElseThrow();
		UUID personId = this.people.person(email, language, now);
		SignatureStore.Merged signature = this.store.signatureFor(statement.id(), form, now);
		boolean atDomain = WebDomain.at(email, WebDomain.of(form.value("website")).orElse(null));
		Submission submission = this.store.submissionFor(signature, personId, form, atDomain, language.code(), now);
		try {
			request(statement, form, wording, language, now, email, personId, submission);
		}
		catch (DuplicateKeyException ex) {
			// the first two forms ever shown with a new consent wording both wrote it:
			// the
			// one that lost rolled back whole, and the wording is there now
			request(statement, form, wording, language, now, email, personId, submission);
		}
	}

	private void request(Statement statement, SignForm form, String wording, Language language, Instant now,
			EmailAddress email, UUID personId, Submission submission) {
		this.transactions.executeWithoutResult((status) -> {
			if (!this.changes.claimMailing(submission.id(), now, now.minus(RESEND_AFTER))) {
				return;
			}
			this.consents.requested(personId, Purpose.PUBLIC_SIGNATURE, statement.key(), wording, language, now);
			this.confirmations.request(SignatureConfirmation.KIND, submission.id(), personId, email, language,
					(link) -> this.mails.confirmation(email.value(), statement, form.value("name"),
							submission.atDomain(), link, language, personId),
					now);
		});
	}

}
