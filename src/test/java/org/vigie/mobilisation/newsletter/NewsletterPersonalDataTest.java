package org.vigie.mobilisation.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.mobilisation.people.PersonalData;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the newsletter holds about a person: exported from their privacy link, erased on
 * request with the emails still queued for them, and sign-ups never confirmed forgotten
 * after a week while confirmed subscribers keep their topics.
 */
@MobilisationTest
class NewsletterPersonalDataTest {

	@Autowired
	private List<PersonalData> parts;

	@Autowired
	private People people;

	@Autowired
	private Subscribers subscribers;

	@Autowired
	private NewsletterIssues issues;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void aPersonsSubscriptionsAreExportedAndErasedWithTheirQueuedEmails() {
		UUID person = person("export");
		UUID fr = this.subscribers.signUp(person, Language.FR, new Topics(true, false, true), "Test", now());
		this.subscribers.confirm(fr, now());
		this.subscribers.signUp(person, Language.EN, new Topics(false, true, false), "Test", now());

		List<PersonalData.Item> items = newsletter().export(person);
		assertThat(items).hasSize(2)
			.allSatisfy((item) -> assertThat(item.label()).isEqualTo("mobilisation.newsletter.export.subscription"));
		assertThat(items).extracting(PersonalData.Item::value)
			.anySatisfy(
					(value) -> assertThat(value).contains("language: fr").contains("news,events").contains("confirmed"))
			.anySatisfy((value) -> assertThat(value).contains("language: en").contains("waiting for confirmation"));

		UUID issue = this.issues.create(Language.FR, "Erase", "Text", List.of(), "Text", new Topics(true, true, true),
				now());
		this.issues.queue(issue, now());
		assertThat(queuedFor(fr)).isEqualTo(1);
		newsletter().erase(person, now());
		assertThat(newsletter().export(person)).isEmpty();
		assertThat(queuedFor(fr)).isZero();
	}

	@Test
	void signUpsNeverConfirmedAreForgottenAfterAWeekAndConfirmedOnesStay() {
		UUID waiting = person("waiting");
		UUID waitingId = this.subscribers.signUp(waiting, Language.NL, new Topics(true, false, false), "Test", now());
		UUID confirmed = person("confirmed");
		UUID confirmedId = this.subscribers.signUp(confirmed, Language.NL, new Topics(true, false, false), "Test",
				now());
		this.subscribers.confirm(confirmedId, now());
		this.subscribers.signUp(confirmed, Language.NL, new Topics(false, false, true), "Test", now());

		assertThat(newsletter().forgetUnconfirmed(now().minus(Duration.ofDays(7)))).isZero();
		assertThat(this.subscribers.find(waitingId)).isPresent();
		Instant later = now().plus(Duration.ofDays(8));
		assertThat(newsletter().forgetUnconfirmed(later.minus(Duration.ofDays(7)))).isGreaterThanOrEqualTo(1);
		assertThat(this.subscribers.find(waitingId)).isEmpty();
		Subscription kept = this.subscribers.find(confirmedId).orElseThrow();
		assertThat(kept.confirmed()).isTrue();
		assertThat(kept.topics()).isEqualTo(new Topics(true, false, false));
		assertThat(kept.pendingTopics()).isNull();
	}

	private PersonalData newsletter() {
		return this.parts.stream().filter((part) -> part.area().equals("newsletter")).findFirst().orElseThrow();
	}

	private int queuedFor(UUID subscription) {
		return this.jdbc.sql("select count(*) from mobilisation_newsletter_delivery where subscription_id = ?")
			.param(subscription)
			.query(Integer.class)
			.single();
	}

	private UUID person(String who) {
		return this.people.person(EmailAddress.parse(who + "-" + UUID.randomUUID() + "@example.org").orElseThrow(),
				Language.FR, now());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
