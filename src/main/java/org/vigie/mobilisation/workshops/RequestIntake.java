package org.vigie.mobilisation.workshops;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.confirm.Confirmations;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.mobilisation.workshops.RequestForm.NewRequest;
import org.vigie.notifications.Email;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * Takes a request from the public form: stores it unconfirmed, records the consent asked
 * for with its exact wording, and sends the confirmation link (which is also the
 * acknowledgement). Staff see the request only once it is confirmed; one never confirmed
 * is forgotten after a week. The same request sent twice the same day (a double click, a
 * reload) is stored once and mailed once. Whatever happens, the person is answered the
 * same way, so the form never tells whether an address was seen before.
 */
@Component
public class RequestIntake {

	/** The confirmation kind of workshop requests. */
	public static final String KIND = "WORKSHOP_REQUEST";

	private final People people;

	private final ConsentLedger consent;

	private final Confirmations confirmations;

	private final PrivacyLinks privacy;

	private final ServerKeys keys;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final SiteProperties site;

	RequestIntake(People people, ConsentLedger consent, Confirmations confirmations, PrivacyLinks privacy,
			ServerKeys keys, JdbcClient jdbc, TransactionTemplate transactions, MessageSource messages,
			SiteProperties site) {
		this.people = people;
		this.consent = consent;
		this.confirmations = confirmations;
		this.privacy = privacy;
		this.keys = keys;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.messages = messages;
		this.site = site;
	}

	/** The consent sentence shown beside the form's check box, in that language. */
	public String wording(Language language) {
		return this.messages.getMessage("mobilisation.workshops.form.consent", null, language.locale());
	}

	/**
	 * Stores the request and sends its confirmation link, once.
	 * @param request the checked request
	 * @param shown the language the form was shown in (that of the consent and emails)
	 * @param projectName the project's name in that language
	 * @return whether a new request was stored (for tests; never shown to the person)
	 */
	public boolean submit(NewRequest request, Language shown, String projectName, Instant now) {
		UUID person = this.people.person(request.email(), shown, now);
		UUID id = UUID.randomUUID();
		LocalDate today = LocalDate.ofInstant(now, this.site.timeZone());
		String dedupe = this.keys.keyedHash("mobilisation-workshop-request",
				person + "|" + request.projectId() + "|" + organisationKey(request.organisation()) + "|" + today);
		try {
			this.transactions.executeWithoutResult((status) -> {
				insert(id, person, request, dedupe, now);
				String subject = subject(id);
				this.consent.requested(person, Purpose.PARTICIPATION, subject, wording(shown), shown, now);
				this.confirmations.request(KIND, id, person, request.email(), shown,
						(link) -> email(request, shown, projectName, link, person), now);
			});
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The consent ledger's subject for a request. */
	public static String subject(UUID requestId) {
		return "workshop-request:" + requestId;
	}

	/** A keyed hash of an organisation's name, to count organisations without names. */
	String organisationKey(String organisation) {
		String normal = organisation.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return this.keys.keyedHash("mobilisation-workshop-organisation", normal);
	}

	private void insert(UUID id, UUID person, NewRequest request, String dedupe, Instant now) {
		this.jdbc.sql("""
				insert into mobilisation_workshops_request (id, project_id, person_id, organisation, organisation_key,
					kind, region, age_group, young_people, periods, language, contact_name, phone, message, state,
					dedupe_key, created_at, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?)""")
			.params(id, request.projectId(), person, request.organisation(), organisationKey(request.organisation()),
					request.kind().name(), request.region().name(), request.ageGroup().name(), request.youngPeople(),
					request.periods().stream().map(Enum::name).collect(Collectors.joining(",")),
					request.language().code(), request.contactName(), request.phone(), request.message(), dedupe,
					Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	private Email email(NewRequest request, Language language, String projectName, String link, UUID person) {
		Locale locale = language.locale();
		String subject = this.messages.getMessage("mobilisation.workshops.mail.confirm.subject",
				new Object[] { projectName }, locale);
		String text = this.messages.getMessage("mobilisation.workshops.mail.confirm.text", new Object[] {
				request.contactName(), projectName, request.organisation(), link, this.privacy.link(language, person) },
				locale);
		return new Email(request.email().value(), subject, text);
	}

}
