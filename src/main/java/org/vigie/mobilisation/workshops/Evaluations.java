package org.vigie.mobilisation.workshops;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The short evaluation an organisation answers after its workshop: a link with a random
 * token of 256 bits (only its keyed hash is stored) sent once the workshop is delivered,
 * answered once; answering moves the request to evaluated.
 */
@Component
public class Evaluations {

	private static final String PURPOSE = "mobilisation-workshop-evaluation";

	private final JdbcClient jdbc;

	private final ServerKeys keys;

	private final People people;

	private final PrivacyLinks privacy;

	private final Mailer mailer;

	private final MessageSource messages;

	private final SiteProperties site;

	private final AuditTrail audit;

	private final SecureRandom random = new SecureRandom();

	Evaluations(JdbcClient jdbc, ServerKeys keys, People people, PrivacyLinks privacy, Mailer mailer,
			MessageSource messages, SiteProperties site, AuditTrail audit) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.people = people;
		this.privacy = privacy;
		this.mailer = mailer;
		this.messages = messages;
		this.site = site;
		this.audit = audit;
	}

	/**
	 * Sends the evaluation link for a delivered request, unless one was already sent or
	 * nobody can be written to; in the caller's transaction.
	 */
	void invite(WorkshopRequest request, Project project) {
		if (request.personId() == null) {
			return;
		}
		Optional<org.vigie.mobilisation.people.EmailAddress> email = this.people.email(request.personId());
		if (email.isEmpty()) {
			return;
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		int marked = this.jdbc.sql(
				"update mobilisation_workshops_request set evaluation_hash = ? where id = ? and evaluation_hash is null")
			.params(hash(token), request.id())
			.update();
		if (marked == 0) {
			return;
		}
		Language language = this.people.language(request.personId());
		String projectName = project.name(language);
		String subject = this.messages.getMessage("mobilisation.workshops.mail.evaluation.subject",
				new Object[] { projectName }, language.locale());
		String text = this.messages.getMessage("mobilisation.workshops.mail.evaluation.text",
				new Object[] { nonNull(request.contactName()), projectName, nonNull(request.organisation()),
						this.site.absolute(WorkshopPaths.evaluation(language, token)),
						this.privacy.link(language, request.personId()) },
				language.locale());
		this.mailer.send(new Email(email.get().value(), subject, text));
	}

	/** The request an evaluation link names, if the token is genuine. */
	public Optional<UUID> request(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select id from mobilisation_workshops_request where evaluation_hash = ? and erased_at is null")
			.param(hash(token))
			.query(UUID.class)
			.optional();
	}

	/** Whether the request's evaluation was already answered. */
	public boolean answered(UUID requestId) {
		return this.jdbc.sql("select count(*) from mobilisation_workshops_evaluation where request_id = ?")
			.param(requestId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records the answer, once: a second answer changes nothing.
	 * @return whether this answer was recorded
	 */
	@Transactional
	public boolean answer(UUID requestId, EvaluationForm.Answer answer, Instant now) {
		if (answered(requestId)) {
			return false;
		}
		int moved = this.jdbc.sql("""
				update mobilisation_workshops_request set state = 'EVALUATED', changed_at = ?
				where id = ? and state = 'DELIVERED'""").params(Timestamp.from(now), requestId).update();
		if (moved == 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into mobilisation_workshops_evaluation
					(request_id, usefulness, takeaway, recommend, comment_text, answered_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(requestId, answer.usefulness(), answer.takeaway(), answer.recommend(), answer.comment(),
					Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				insert into mobilisation_workshops_step (request_id, from_state, to_state, reason, actor, moved_at)
				values (?, 'DELIVERED', 'EVALUATED', null, 'evaluation-form', ?)""")
			.params(requestId, Timestamp.from(now))
			.update();
		this.audit.record(WorkshopsDeclarations.MOVED, "evaluation-form", "workshop-request:" + requestId,
				"DELIVERED -> EVALUATED");
		return true;
	}

	/** The answer to a request's evaluation, if any. */
	public Optional<EvaluationForm.Answer> of(UUID requestId) {
		return this.jdbc.sql("""
				select usefulness, takeaway, recommend, comment_text from mobilisation_workshops_evaluation
				where request_id = ?""")
			.param(requestId)
			.query((rs, row) -> new EvaluationForm.Answer(rs.getInt("usefulness"), rs.getString("takeaway"),
					rs.getBoolean("recommend"), rs.getString("comment_text")))
			.optional();
	}

	private String hash(String token) {
		return this.keys.keyedHash(PURPOSE, token);
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
