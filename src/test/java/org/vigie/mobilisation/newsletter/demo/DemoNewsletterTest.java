package org.vigie.mobilisation.newsletter.demo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.newsletter.Subscribers;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo newsletter is there once: confirmed subscribers at addresses no email reaches,
 * a draft per language built from posts, nothing sent, and loading again adds nothing.
 */
@MobilisationTest
class DemoNewsletterTest {

	@Autowired
	private DemoNewsletter demo;

	@Autowired
	private People people;

	@Autowired
	private Subscribers subscribers;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void demoSubscribersAndDraftsAreLoadedOnceAndSendNothing() {
		UUID margot = this.people.find(EmailAddress.parse("margot.demo@example.invalid").orElseThrow()).orElseThrow();
		assertThat(this.subscribers.find(margot, Language.FR).orElseThrow().confirmed()).isTrue();
		int drafts = drafts();
		assertThat(drafts).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.sql("select body from mobilisation_newsletter_issue where subject = ?")
			.param("This month: two stories and a date")
			.query(String.class)
			.single()).contains("/en/news/");
		this.demo.loadIfMissing();
		assertThat(drafts()).isEqualTo(drafts);
		assertThat(this.jdbc.sql("select count(*) from notifications_outbox where recipient like '%@example.invalid'")
			.query(Integer.class)
			.single()).isZero();
	}

	private int drafts() {
		return this.jdbc.sql("select count(*) from mobilisation_newsletter_issue where status = 'DRAFT'")
			.query(Integer.class)
			.single();
	}

}
