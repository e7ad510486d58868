package org.vigie.mobilisation.statements;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.AuditTrail;
import org.vigie.mobilisation.people.People;
import org.vigie.notifications.Mailer;

/**
 * What staff do to signatures: approve those confirmed from an address the domain does
 * not vouch for, refuse what is not an organisation, rename (which leaves only their own
 * approval as the badge). Each is audited, naming the signature, never the contact.
 */
@Component("mobilisationStatementsModeration")
public class Moderation {

	private final SignatureStore store;

	private final SignatureChanges changes;

	private final StatementStore statements;

	private final People people;

	private final StatementMails mails;

	private final Mailer mailer;

	private final AuditTrail audit;

	Moderation(SignatureStore store, SignatureChanges changes, StatementStore statements, People people,
			StatementMails mails, Mailer mailer, AuditTrail audit) {
		this.store = store;
		this.changes = changes;
		this.statements = statements;
		this.people = people;
		this.mails = mails;
		this.mailer = mailer;
		this.audit = audit;
	}

	/** Staff approve a signature; its confirmed contacts learn it is listed. */
	@Transactional
	public void approve(Signatory signature, String actor, Instant now) {
		boolean wasListed = signature.listed();
		if (!this.changes.approve(signature.id(), now)) {
			return;
		}
		this.audit.record(StatementsDeclarations.APPROVED, actor, signature.id().toString(), null);
		if (!wasListed) {
			Statement statement = this.statements.byId(signature.statementId()).orElseThrow();
			for (Submission submission : confirmed(signature.id())) {
				this.people.email(submission.personId())
					.ifPresent((email) -> this.mailer.send(this.mails.listed(email.value(), statement, signature.name(),
							signature.id(), this.people.language(submission.personId()), submission.personId())));
			}
		}
	}

	/** Staff refuse a signature: it leaves the list and the queue. */
	@Transactional
	public void refuse(Signatory signature, String actor) {
		if (this.changes.refuse(signature.id())) {
			this.audit.record(StatementsDeclarations.REFUSED, actor, signature.id().toString(), null);
		}
	}

	/**
	 * Staff rename an organisation.
	 * @throws IllegalArgumentException when the name is empty, too long, or another
	 * signature of the statement has it
	 */
	@Transactional
	public void rename(Signatory signature, String name, String actor) {
		String key = OrganisationName.key(name);
		if (key.isEmpty() || name.length() > 160 || name.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			throw new IllegalArgumentException("mobilisation.statements.admin.problem.name");
		}
		boolean taken = this.store.signatures(signature.statementId())
			.stream()
			.anyMatch((other) -> !other.id().equals(signature.id()) && key.equals(OrganisationName.key(other.name())));
		if (taken) {
			throw new IllegalArgumentException("mobilisation.statements.admin.problem.nameTaken");
		}
		if (name.equals(signature.name())) {
			return;
		}
		this.changes.rename(signature.id(), name);
		this.audit.record(StatementsDeclarations.RENAMED, actor, signature.id().toString(), null);
	}

	private List<Submission> confirmed(UUID signatureId) {
		return this.store.submissions(signatureId)
			.stream()
			.filter((submission) -> submission.confirmedAt() != null)
			.sorted(Comparator.comparing(Submission::confirmedAt))
			.toList();
	}

}
