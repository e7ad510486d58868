package org.vigie.mobilisation.statements;

import java.time.Instant;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.confirm.ConfirmationHandler;
import org.vigie.mobilisation.consent.ConsentEntry;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.People;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;

/**
 * What confirming a signature's address does. An address at the organisation's own web
 * domain verifies the signature, which goes on the public list (and, when nobody had
 * confirmed it yet, takes the confirmed form's details: someone else may have typed the
 * organisation's name first); any other address puts it in the staff's moderation queue.
 * A valid enterprise number adds its badge. Confirming again changes nothing.
 */
@Component("mobilisationStatementsSignatureConfirmation")
class SignatureConfirmation implements ConfirmationHandler {

	static final String KIND = "SIGNATURE";

	private final SignatureStore store;

	private final SignatureChanges changes;

	private final StatementStore statements;

	private final ConsentLedger consents;

	private final People people;

	private final StatementMails mails;

	private final Mailer mailer;

	private final MessageSource messages;

	SignatureConfirmation(SignatureStore store, SignatureChanges changes, StatementStore statements,
			ConsentLedger consents, People people, StatementMails mails, Mailer mailer, MessageSource messages) {
		this.store = store;
		this.changes = changes;
		this.statements = statements;
		this.consents = consents;
		this.people = people;
		this.mails = mails;
		this.mailer = mailer;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String confirmed(UUID subjectId, UUID personId, Language language, boolean first, Instant now) {
		java.util.Optional<Submission> found = this.store.submission(subjectId);
		if (found.isEmpty()) {
			// the form was erased with its contact since the link left
			return org.vigie.mobilisation.web.ActPaths.act(language);
		}
		Submission submission = found.get();
		Signatory before = this.store.signature(submission.signatureId()).orElseThrow();
		Statement statement = this.statements.byId(before.statementId()).orElseThrow();
		if (this.changes.confirmSubmission(submission.id(), now)) {
			this.consents.last(personId, Purpose.PUBLIC_SIGNATURE, statement.key())
				.map(ConsentEntry::wording)
				.ifPresent((wording) -> this.consents.confirmed(personId, Purpose.PUBLIC_SIGNATURE, statement.key(),
						wording, language, now));
			trust(submission, before, now);
			Signatory after = this.store.signature(before.id()).orElseThrow();
			if (after.listed() && !before.listed()) {
				this.people.email(personId)
					.ifPresent((email) -> this.mailer.send(
							this.mails.listed(email.value(), statement, after.name(), after.id(), language, personId)));
			}
		}
		Signatory current = this.store.signature(before.id()).orElseThrow();
		return StatementPaths.statement(language, statement) + (current.listed() ? "?confirmed" : "?review");
	}

	private void trust(Submission submission, Signatory signature, Instant now) {
		String domain = WebDomain.of(submission.website()).orElse(null);
		if (submission.atDomain() && domain != null && domain.equals(signature.webDomain())) {
			this.changes.domainVerified(signature.id(), now);
		}
		else if (submission.atDomain() && domain != null && !signature.listed()
				&& free(signature, submission, domain)) {
			this.changes.takeOver(signature.id(), submission, domain, now);
		}
		else {
			this.changes.toReview(signature.id());
		}
		if (submission.enterpriseNumber() != null) {
			this.changes.numberChecked(signature.id(), submission.enterpriseNumber());
		}
	}

	/**
	 * Whether no other signature of the statement holds the submission's name or domain.
	 */
	private boolean free(Signatory signature, Submission submission, String domain) {
		String key = OrganisationName.key(submission.name());
		return this.store.signatures(signature.statementId())
			.stream()
			.filter((other) -> !other.id().equals(signature.id()))
			.noneMatch((other) -> domain.equals(other.webDomain()) || key.equals(OrganisationName.key(other.name())));
	}

	@Override
	public String describe(UUID subjectId, Language language) {
		return this.store.submission(subjectId)
			.flatMap((submission) -> this.store.signature(submission.signatureId())
				.flatMap((signature) -> this.statements.byId(signature.statementId()))
				.map((statement) -> this.messages.getMessage("mobilisation.statements.confirm.what",
						new Object[] { submission.name(), statement.text(language).title() }, language.locale())))
			.orElse("");
	}

}
