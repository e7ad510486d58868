package org.vigie;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The modules' tests (the reporting line, the awareness cards…) share one application
 * context: the whole site over real HTTP, a test clock, GreenMail's SMTP port for emails.
 * A module's own test annotation is this one under another name; use it rather than a new
 * combination of settings, which would start another context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SiteTest
@Import(ModulesTest.Time.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.starttls.enable=false", "vigie.mail.relay-interval=PT0.2S",
		"vigie.test.context=modules" })
@ExtendWith(ModulesTest.RestoreClock.class)
public @interface ModulesTest {

	/**
	 * Puts the shared clock back after each test: a test that moves it on (past a lock, a
	 * deadline, a retention period, a card's due date) leaves the next one at the real
	 * time, where the OpenPGP keys the reporting line's hand-overs make and check are
	 * valid.
	 */
	class RestoreClock implements BeforeEachCallback, AfterEachCallback {

		private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(RestoreClock.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			context.getStore(STORE).put("now", clock(context).instant());
		}

		@Override
		public void afterEach(ExtensionContext context) {
			clock(context).set(context.getStore(STORE).get("now", Instant.class));
		}

		private static TestClock clock(ExtensionContext context) {
			return SpringExtension.getApplicationContext(context).getBean(TestClock.class);
		}

	}

	/** A clock the tests move, to reach deadlines and the end of locks. */
	@TestConfiguration(proxyBeanMethods = false)
	class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.now());
		}

	}

}
