package org.vigie.learning;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vigie.TestClock;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditTrail;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.PageCache;
import org.vigie.site.SiteProperties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The small parts the learning module's persistence tests need around the stores: a clock
 * they move, a page cache, a mailer and an audit trail that only record, and messages
 * that answer with their code, so the slice holds the module's SQL and nothing else.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LearningDatabaseParts {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(Instant.parse("2026-12-07T07:30:00Z"));
	}

	@Bean
	JdbcClient jdbcClient(javax.sql.DataSource dataSource) {
		return JdbcClient.create(dataSource);
	}

	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	@Bean
	PageCache pageCache() {
		return new PageCache() {

			@Override
			public void evictAll() {
			}

			@Override
			public void evictTagged(String... tags) {
			}

			@Override
			public void evictAllAt(Instant moment) {
			}

		};
	}

	@Bean
	SiteProperties siteProperties() {
		return new SiteProperties(java.net.URI.create("https://vigie.example"), "Vigie", Language.FR, 0, null);
	}

	@Bean
	SentEmails mailer() {
		return new SentEmails();
	}

	@Bean
	StaticMessageSource messageSource() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		return messages;
	}

	@Bean
	AuditTrail auditTrail() {
		return (AuditAction action, String actor, String target, String details) -> {
		};
	}

	/** The emails the code under test sent, in order. */
	public static class SentEmails implements Mailer {

		public final List<Email> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(Email email) {
			this.sent.add(email);
		}

	}

}
