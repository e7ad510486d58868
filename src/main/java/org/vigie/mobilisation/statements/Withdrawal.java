package org.vigie.mobilisation.statements;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;

/**
 * An organisation withdraws its signature with the link it was sent: the signature leaves
 * the list at once and loses its badges (signing again starts from the beginning), and
 * the consent of each contact to the listing is recorded as withdrawn.
 */
@Component("mobilisationStatementsWithdrawal")
public class Withdrawal {

	private final WithdrawalLinks links;

	private final SignatureStore store;

	private final SignatureChanges changes;

	private final StatementStore statements;

	private final ConsentLedger consents;

	Withdrawal(WithdrawalLinks links, SignatureStore store, SignatureChanges changes, StatementStore statements,
			ConsentLedger consents) {
		this.links = links;
		this.store = store;
		this.changes = changes;
		this.statements = statements;
		this.consents = consents;
	}

	/** The signature a withdrawal link names, when the key is genuine. */
	public Optional<Signatory> signature(String key) {
		return this.links.signature(key).flatMap(this.store::signature);
	}

	/** Withdraws; a second time changes nothing. */
	@Transactional
	public void withdraw(Signatory signature, Instant now) {
		if (!this.changes.withdraw(signature.id(), now)) {
			return;
		}
		Statement statement = this.statements.byId(signature.statementId()).orElseThrow();
		for (Submission submission : this.store.submissions(signature.id())) {
			this.consents.last(submission.personId(), Purpose.PUBLIC_SIGNATURE, statement.key())
				.filter((entry) -> entry.event() == ConsentEntry.Event.CONFIRMED)
				.ifPresent((entry) -> this.consents.withdrawn(submission.personId(), Purpose.PUBLIC_SIGNATURE,
						statement.key(), entry.wording(), entry.language(), now));
		}
	}

}
