package org.vigie.reporting.line;

import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.identity.ServerKeys;
import org.vigie.identity.keys.TinkServerKeys;
import org.vigie.reporting.directory.ReportingPoints;
import org.vigie.reporting.reports.Reports;
import org.vigie.site.Language;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The line's parts that need no server: tokens, the throttle's shared cap, the onion
 * header, and the pages of a line that is not open yet.
 */
class LineUnitTests {

	private final TestClock clock = new TestClock(Instant.parse("2026-12-04T10:00:00Z"));

	/** The server's real keys, from a fixed key as the environment would give it. */
	private final ServerKeys keys = new TinkServerKeys(Base64.getEncoder().encodeToString(new byte[32]),
			Path.of("no-key-file"));

	@Test
	void tokensAreRefusedForgedTooSoonOrTooLate() {
		FormTokens tokens = new FormTokens(this.keys, this.clock);
		String token = tokens.issue();
		assertThat(tokens.check(token)).isEqualTo(FormTokens.Check.TOO_SOON);
		this.clock.advance(FormTokens.MINIMUM_AGE);
		assertThat(tokens.check(token)).isEqualTo(FormTokens.Check.VALID);
		String[] parts = token.split("\\.");
		assertThat(tokens.check((Long.parseLong(parts[0]) - 60) + "." + parts[1] + "." + parts[2]))
			.isEqualTo(FormTokens.Check.INVALID);
		assertThat(tokens.check(null)).isEqualTo(FormTokens.Check.INVALID);
		assertThat(tokens.check("1.2")).isEqualTo(FormTokens.Check.INVALID);
		this.clock.advance(FormTokens.MAXIMUM_AGE);
		assertThat(tokens.check(token)).isEqualTo(FormTokens.Check.EXPIRED);
	}

	@Test
	void submissionsFromEveryoneTogetherAreCapped() {
		LineThrottle throttle = new LineThrottle(this.keys, 3);
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.allow(LineThrottle.Bucket.SUBMISSION, from("192.0.2." + i))).isTrue();
		}
		assertThat(throttle.allow(LineThrottle.Bucket.SUBMISSION, from("198.51.100.7"))).isFalse();
		assertThat(throttle.allow(LineThrottle.Bucket.FORM, from("198.51.100.7"))).isTrue();
	}

	@Test
	void onionVisitorsShareAWiderBucketButNamingAnOnionHostFromElsewhereDoesNotEscapeTheLimit() {
		LineThrottle throttle = new LineThrottle(this.keys, 10_000);
		int limit = LineThrottle.Bucket.SUBMISSION.limit();
		MockHttpServletRequest tor = from("127.0.0.1");
		tor.setServerName("abcdefghijklmnop.onion");
		for (int i = 0; i < limit * 2; i++) {
			assertThat(throttle.allow(LineThrottle.Bucket.SUBMISSION, tor)).isTrue();
		}
		MockHttpServletRequest pretending = from("203.0.113.9");
		pretending.setServerName("abcdefghijklmnop.onion");
		for (int i = 0; i < limit; i++) {
			assertThat(throttle.allow(LineThrottle.Bucket.SUBMISSION, pretending)).isTrue();
		}
		assertThat(throttle.allow(LineThrottle.Bucket.SUBMISSION, pretending)).isFalse();
	}

	@Test
	void theOnionAddressIsAnnouncedOutsideTheOnionOnly() {
		OnionLocation onion = new OnionLocation("http://abcdefghijklmnop.onion/");
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/en/report");
		request.setServerName("vigie.example.org");
		MockHttpServletResponse response = new MockHttpServletResponse();
		onion.writeHeaders(request, response);
		assertThat(response.getHeader("Onion-Location")).isEqualTo("http://abcdefghijklmnop.onion/en/report");

		request.setServerName("abcdefghijklmnop.onion");
		response = new MockHttpServletResponse();
		onion.writeHeaders(request, response);
		assertThat(response.getHeader("Onion-Location")).isNull();
		assertThat(OnionLocation.viaOnion(request)).isTrue();

		response = new MockHttpServletResponse();
		new OnionLocation("").writeHeaders(new MockHttpServletRequest("GET", "/en/report"), response);
		assertThat(response.getHeader("Onion-Location")).isNull();
	}

	@Test
	void beforeTheRecoveryKeyExistsTheLineSaysItIsNotOpenAndTakesNothing() {
		Reports reports = mock(Reports.class);
		when(reports.open()).thenReturn(false);
		FormTokens tokens = new FormTokens(this.keys, this.clock);
		LineController line = new LineController(reports, new LineViews(tokens, "https://www.wikipedia.org/"), tokens,
				new LineThrottle(this.keys, 10), mock(ReportingPoints.class));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/nl/melden/formulier");
		ModelAndView form = line.form(request);
		assertThat(form.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(form.getModel()).containsEntry("notice", "line.closed");
		assertThat(((LinePage) form.getModel().get("line")).language()).isEqualTo(Language.NL);
		ModelAndView landing = line.landing(new MockHttpServletRequest("GET", "/en/report"), null, null, null);
		assertThat(landing.getModel()).containsEntry("open", false);
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/en/report/form");
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(line.send(ReportForm.empty(), null, post).getModel()).containsEntry("notice", "line.closed");
	}

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/en/report/form");
		request.setRemoteAddr(address);
		return request;
	}

}
