package org.vigie.identity.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.codec.binary.Base32;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.SiteTest;
import org.vigie.TestClock;
import org.vigie.identity.PasswordBoundSecrets;
import org.vigie.identity.Role;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator invites someone by email (a real SMTP server, GreenMail), who sets
 * their password through the link; links expire after 48 hours and work once; accounts
 * can be disabled.
 */
@SiteTest
@Import(InvitationFlowTest.Time.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.starttls.enable=false", "vigie.mail.relay-interval=PT0.2S" })
class InvitationFlowTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String PASSWORD = "correct horse battery staple";

	private static final Pattern LINK = Pattern
		.compile("http://localhost:8080(/admin/invitation\\?token=[A-Za-z0-9_-]+)");

	private static final List<String> recoveryCodes = new ArrayList<>();

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private TestClock clock;

	@Autowired
	private RecordedSecrets secrets;

	@BeforeEach
	void administrator() throws Exception {
		if (this.accounts.emailTaken("chief@example.org")) {
			return;
		}
		StaffMember chief = this.accounts.create("chief@example.org", "Chief", PASSWORD, Language.FR,
				Set.of(Role.ADMINISTRATOR), "test");
		String secret = this.twoFactor.newSecret();
		recoveryCodes.addAll(this.twoFactor.enrol(chief.getId(), secret, totp(secret)).orElseThrow());
	}

	@Test
	void anInvitedPersonSetsTheirPasswordThroughTheEmailedLinkOnce() throws Exception {
		StaffBrowser admin = signedInAdministrator();
		HttpResponse<String> sent = admin.submit("/admin/staff", "/admin/staff/invite",
				Map.of("email", "New.Person@example.org", "roles", "EDITOR", "language", "en"));
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/staff?done=invited"));

		String link = link(receivedBy("new.person@example.org"));
		StaffBrowser invitee = new StaffBrowser(this.site);
		assertThat(Jsoup.parse(invitee.get(link).body()).select("h1").text()).isEqualTo("Join the staff");
		String token = link.substring(link.indexOf("token=") + 6);
		HttpResponse<String> weak = invitee.submit(link, "/admin/invitation", Map.of("token", token, "displayName",
				"Nina", "password", "short", "passwordAgain", "short", "language", "en"));
		assertThat(Jsoup.parse(weak.body()).select("#password-problem").text()).contains("12 to 128");
		assertThat(this.accounts.emailTaken("new.person@example.org")).isFalse();

		HttpResponse<String> joined = invitee.submit(link, "/admin/invitation", Map.of("token", token, "displayName",
				"Nina", "password", PASSWORD, "passwordAgain", PASSWORD, "language", "en"));

		assertThat(joined.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?created"));
		assertThat(invitee.get(link).statusCode()).isEqualTo(410);
		StaffBrowser nina = new StaffBrowser(this.site);
		nina.signIn("new.person@example.org", PASSWORD);
		assertThat(nina.get("/admin").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/two-factor"));
		String secret = Jsoup.parse(nina.get("/admin/two-factor").body())
			.selectFirst("code.secret")
			.text()
			.replace(" ", "");
		nina.submit("/admin/two-factor", "/admin/two-factor", Map.of("code", totp(secret)));
		assertThat(nina.get("/admin").statusCode()).isEqualTo(200);
		assertThat(nina.get("/admin/staff").statusCode()).isEqualTo(403);
	}

	@Test
	void anInvitationExpiresAfterFortyEightHours() throws Exception {
		StaffBrowser admin = signedInAdministrator();
		admin.submit("/admin/staff", "/admin/staff/invite",
				Map.of("email", "late@example.org", "roles", "AUTHOR", "language", "nl"));
		String link = link(receivedBy("late@example.org"));

		this.clock.advance(Duration.ofHours(49));
		try {
			HttpResponse<String> gone = new StaffBrowser(this.site).get(link);
			assertThat(gone.statusCode()).isEqualTo(410);
			assertThat(Jsoup.parse(gone.body()).select("h1").text()).isNotBlank();
		}
		finally {
			this.clock.advance(Duration.ofHours(-49));
		}
	}

	@Test
	void badInvitationsAreRefusedWithAReasonAndSendNothing() {
		StaffBrowser admin = signedInAdministrator();
		int before = mail.getReceivedMessages().length;

		String invalid = admin
			.submit("/admin/staff", "/admin/staff/invite", Map.of("email", "not an address", "roles", "EDITOR"))
			.body();
		String member = admin
			.submit("/admin/staff", "/admin/staff/invite", Map.of("email", "chief@example.org", "roles", "EDITOR"))
			.body();
		String noRole = admin.submit("/admin/staff", "/admin/staff/invite", Map.of("email", "x@example.org")).body();

		assertThat(Jsoup.parse(invalid).select("[role=alert]").text()).isNotBlank();
		assertThat(Jsoup.parse(member).select("[role=alert]").text()).contains("déjà");
		assertThat(Jsoup.parse(noRole).select("[role=alert]").text()).contains("rôle");
		assertThat(new StaffBrowser(this.site).get("/admin/invitation?token=forged").statusCode()).isEqualTo(410);
		assertThat(mail.getReceivedMessages()).hasSize(before);
	}

	@Test
	void aDisabledMemberCannotSignIn() {
		StaffMember lou = this.accounts.create("lou@example.org", "Lou", PASSWORD, Language.EN, Set.of(Role.AUTHOR),
				"test");
		StaffBrowser admin = signedInAdministrator();

		admin.submit("/admin/staff", "/admin/staff/" + lou.getId() + "/enabled", Map.of("enabled", "false"));

		HttpResponse<String> refused = new StaffBrowser(this.site).signIn("lou@example.org", PASSWORD);
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=bad"));
	}

	@Test
	void aForgottenPasswordIsResetOnceThroughTheEmailedLinkAndWrappedSecretsAreDiscarded() throws Exception {
		StaffMember sam = this.accounts.create("sam@example.org", "Sam", PASSWORD, Language.NL, Set.of(Role.EDITOR),
				"test");
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, sam.getId());
		StaffBrowser other = new StaffBrowser(this.site);
		other.signIn("sam@example.org", PASSWORD, codes.get(0));
		assertThat(other.get("/admin").statusCode()).isEqualTo(200);
		int before = mail.getReceivedMessages().length;

		Document unknown = Jsoup.parse(new StaffBrowser(this.site)
			.submit("/admin/password-reset", "/admin/password-reset", Map.of("email", "nobody@example.org"))
			.body());
		Document known = Jsoup.parse(new StaffBrowser(this.site)
			.submit("/admin/password-reset", "/admin/password-reset", Map.of("email", "SAM@example.org"))
			.body());
		assertThat(known.select("[role=status]").text()).isEqualTo(unknown.select("[role=status]").text());

		MimeMessage message = receivedBy("sam@example.org");
		assertThat(mail.getReceivedMessages()).hasSize(before + 1);
		assertThat(message.getSubject()).startsWith("Uw wachtwoord");
		Matcher matcher = Pattern.compile("http://localhost:8080(/admin/password-reset/new\\?token=[A-Za-z0-9_-]+)")
			.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
		assertThat(matcher.find()).isTrue();
		String link = matcher.group(1);
		String token = link.substring(link.indexOf("token=") + 6);
		StaffBrowser browser = new StaffBrowser(this.site);
		assertThat(Jsoup.parse(browser.get(link).body()).select(".problem").text()).contains("meldlijn");
		String newPassword = "another long passphrase";

		HttpResponse<String> done = browser.submit(link, "/admin/password-reset/new",
				Map.of("token", token, "password", newPassword, "passwordAgain", newPassword));

		assertThat(done.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?reset"));
		assertThat(this.secrets.resets).contains(sam.getId());
		assertThat(browser.get(link).statusCode()).isEqualTo(410);
		assertThat(other.get("/admin").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=ended"));
		assertThat(new StaffBrowser(this.site).signIn("sam@example.org", PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("error=bad"));
		StaffBrowser again = new StaffBrowser(this.site);
		again.signIn("sam@example.org", newPassword, codes.get(1));
		assertThat(again.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void signingOutEverywhereEndsEverySessionOfThatPerson() {
		StaffMember kim = this.accounts.create("kim@example.org", "Kim", PASSWORD, Language.EN, Set.of(Role.AUTHOR),
				"test");
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, kim.getId());
		StaffBrowser laptop = new StaffBrowser(this.site);
		StaffBrowser phone = new StaffBrowser(this.site);
		laptop.signIn("kim@example.org", PASSWORD, codes.get(0));
		phone.signIn("kim@example.org", PASSWORD, codes.get(1));

		laptop.submit("/admin", "/admin/sign-out-everywhere", Map.of());

		assertThat(phone.get("/admin").statusCode()).isEqualTo(302);
		assertThat(laptop.get("/admin").statusCode()).isEqualTo(302);
		StaffBrowser fresh = new StaffBrowser(this.site);
		fresh.signIn("kim@example.org", PASSWORD, codes.get(2));
		assertThat(fresh.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void staffChangeTheirPasswordKeepingTheirSecretsAndTheirLanguage() {
		StaffMember ada = this.accounts.create("ada@example.org", "Ada", PASSWORD, Language.FR, Set.of(Role.AUTHOR),
				"test");
		List<String> codes = SecondFactors.enrol(this.twoFactor, this.clock, ada.getId());
		StaffBrowser laptop = new StaffBrowser(this.site);
		StaffBrowser phone = new StaffBrowser(this.site);
		laptop.signIn("ada@example.org", PASSWORD, codes.get(0));
		phone.signIn("ada@example.org", PASSWORD, codes.get(1));
		String newPassword = "a brand new passphrase";

		Document wrong = Jsoup.parse(laptop
			.submit("/admin/account", "/admin/account/password",
					Map.of("current", "not my password", "password", newPassword, "passwordAgain", newPassword))
			.body());
		assertThat(wrong.select("#current-problem").text()).isNotBlank();
		assertThat(this.secrets.changes).doesNotContain(ada.getId());

		laptop.submit("/admin/account", "/admin/account/password",
				Map.of("current", PASSWORD, "password", newPassword, "passwordAgain", newPassword));

		assertThat(this.secrets.changes).contains(ada.getId());
		assertThat(laptop.get("/admin/account").statusCode()).isEqualTo(200);
		assertThat(phone.get("/admin").statusCode()).isEqualTo(302);

		laptop.submit("/admin/account", "/admin/account/language", Map.of("language", "nl"));
		assertThat(Jsoup.parse(laptop.get("/admin").body()).selectFirst("html").attr("lang")).isEqualTo("nl");
	}

	private StaffBrowser signedInAdministrator() {
		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn("chief@example.org", PASSWORD);
		browser.submit("/admin/two-factor", "/admin/two-factor", Map.of("code", recoveryCodes.remove(0)));
		assertThat(browser.get("/admin/staff").statusCode()).isEqualTo(200);
		return browser;
	}

	private static MimeMessage receivedBy(String address) throws Exception {
		for (int attempt = 0; attempt < 50; attempt++) {
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(address)) {
					return message;
				}
			}
			mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No email reached " + address);
	}

	private static String link(MimeMessage message) {
		Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
		assertThat(matcher.find()).as("the email holds the invitation link").isTrue();
		return matcher.group(1);
	}

	private String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), this.clock.instant());
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(Instant.now());
		}

		@Bean
		RecordedSecrets recordedSecrets() {
			return new RecordedSecrets();
		}

	}

	/**
	 * Stands for a module keeping secrets wrapped under staff passwords (the reporting
	 * line).
	 */
	static class RecordedSecrets implements PasswordBoundSecrets {

		final List<Long> resets = new java.util.concurrent.CopyOnWriteArrayList<>();

		final List<Long> changes = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public void passwordChanged(long staffId, char[] oldPassword, char[] newPassword) {
			this.changes.add(staffId);
		}

		@Override
		public void passwordReset(long staffId) {
			this.resets.add(staffId);
		}

	}

}
