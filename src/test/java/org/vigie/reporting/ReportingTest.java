package org.vigie.reporting;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.vigie.SiteTest;
import org.vigie.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

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
public @interface ReportingTest {

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
