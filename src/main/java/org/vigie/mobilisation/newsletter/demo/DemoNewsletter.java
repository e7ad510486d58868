package org.vigie.mobilisation.newsletter.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.content.PublishedPosts.PublishedPost;
import org.vigie.mobilisation.consent.ConsentLedger;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.mobilisation.newsletter.IssueComposer;
import org.vigie.mobilisation.newsletter.NewsletterIssues;
import org.vigie.mobilisation.newsletter.NewsletterText;
import org.vigie.mobilisation.newsletter.Subscribers;
import org.vigie.mobilisation.newsletter.Topics;
import org.vigie.mobilisation.people.EmailAddress;
import org.vigie.mobilisation.people.People;
import org.vigie.site.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Once the application is ready (the demo posts are in), the newsletter's demo content
 * ({@code mobilisation/demo/newsletter.yaml}) goes into a database that does not have it,
 * unless {@code vigie.demo.enabled=false}: confirmed subscribers at
 * {@code example.invalid} addresses, written directly with their consent entries, and a
 * draft issue per language from its two newest posts. No email is sent.
 */
@Component
class DemoNewsletter {

	static final String LOCATION = "mobilisation/demo/newsletter.yaml";

	private final People people;

	private final Subscribers subscribers;

	private final ConsentLedger consents;

	private final NewsletterIssues issues;

	private final IssueComposer composer;

	private final NewsletterText text;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoNewsletter(People people, Subscribers subscribers, ConsentLedger consents, NewsletterIssues issues,
			IssueComposer composer, NewsletterText text, TransactionTemplate transactions, Clock clock,
			@Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.people = people;
		this.subscribers = subscribers;
		this.consents = consents;
		this.issues = issues;
		this.composer = composer;
		this.text = text;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadIfMissing() {
		if (!this.enabled) {
			return;
		}
		Map<String, Object> file = read();
		List<Map<String, Object>> subscribers = list(file.get("subscribers"));
		EmailAddress first = EmailAddress.parse((String) subscribers.get(0).get("email")).orElseThrow();
		if (this.people.find(first).isPresent()) {
			return;
		}
		Instant now = this.clock.instant();
		for (Map<String, Object> entry : subscribers) {
			subscribe(entry, now);
		}
		Map<String, Object> drafts = map(file.get("draft"));
		for (Language language : Language.all()) {
			Map<String, Object> draft = map(drafts.get(language.code()));
			List<String> posts = this.composer.choices(language).stream().limit(2).map(PublishedPost::path).toList();
			String intro = (String) draft.get("intro");
			this.issues.create(language, (String) draft.get("subject"), intro, posts,
					this.composer.body(language, intro, posts), new Topics(true, true, true), now);
		}
	}

	private void subscribe(Map<String, Object> entry, Instant now) {
		EmailAddress email = EmailAddress.parse((String) entry.get("email")).orElseThrow();
		Language language = Language.fromCode((String) entry.get("language")).orElseThrow();
		List<String> names = list(entry.get("topics"));
		Topics topics = Topics.fromCode(String.join(",", names));
		UUID person = this.people.person(email, language, now);
		String wording = this.text.consentWording(language);
		this.transactions.executeWithoutResult((status) -> {
			UUID subscription = this.subscribers.signUp(person, language, topics, wording, now);
			this.subscribers.confirm(subscription, now);
			this.consents.confirmed(person, Purpose.NEWSLETTER, language.code(), wording, language, now);
		});
	}

	private static Map<String, Object> read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Object value) {
		return (List<T>) value;
	}

}
