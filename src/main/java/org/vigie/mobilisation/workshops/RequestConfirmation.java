package org.vigie.mobilisation.workshops;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.confirm.ConfirmationHandler;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.site.Language;

/**
 * Confirming a request's address puts it in the staff's queue, once, and records the
 * consent confirmed with the wording that was asked.
 */
@Component
class RequestConfirmation implements ConfirmationHandler {

	private final JdbcClient jdbc;

	private final ConsentLedger consent;

	private final WorkshopRequests requests;

	private final Projects projects;

	private final MessageSource messages;

	RequestConfirmation(JdbcClient jdbc, ConsentLedger consent, WorkshopRequests requests, Projects projects,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.consent = consent;
		this.requests = requests;
		this.projects = projects;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return RequestIntake.KIND;
	}

	@Override
	public String confirmed(UUID subjectId, UUID personId, Language language, boolean first, Instant now) {
		boolean changed = this.jdbc.sql("""
				update mobilisation_workshops_request set confirmed_at = ?
				where id = ? and confirmed_at is null and erased_at is null""")
			.params(Timestamp.from(now), subjectId)
			.update() == 1;
		if (changed) {
			String subject = RequestIntake.subject(subjectId);
			this.consent.last(personId, Purpose.PARTICIPATION, subject)
				.ifPresent((asked) -> this.consent.confirmed(personId, Purpose.PARTICIPATION, subject, asked.wording(),
						asked.language(), now));
		}
		return WorkshopPaths.confirmed(language);
	}

	@Override
	public String describe(UUID subjectId, Language language) {
		return this.requests.byId(subjectId)
			.map((request) -> this.messages.getMessage("mobilisation.workshops.confirm.what",
					new Object[] { this.projects.byId(request.projectId()).map((p) -> p.name(language)).orElse(""),
							(request.organisation() != null) ? request.organisation() : "" },
					language.locale()))
			.orElse("");
	}

}
