package org.vigie.reporting;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.vigie.SiteTest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.vigie.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The reporting line's tests share one application context: the whole site over real
 * HTTP, a test clock, GreenMail's SMTP port for staff emails. Use it on every test of the
 * module rather than a new combination of settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SiteTest
@Import(ReportingTest.Time.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.starttls.enable=false", "vigie.mail.relay-interval=PT0.2S",
		"vigie.test.context=reporting" })
@ExtendWith(ReportingTest.RestoreClock.class)
public @interface ReportingTest {

	/**
	 * Puts the shared clock back after each test: a test that moves it on (past a lock, a
	 * deadline, a retention period) leaves the next one at the real time, where the
	 * OpenPGP keys the hand-overs make and check are valid.
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
