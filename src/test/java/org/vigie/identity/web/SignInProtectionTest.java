package org.vigie.identity.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.SecondFactors;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.AuditAction;
import org.vigie.identity.Role;
import org.vigie.identity.audit.AuditEntryRepository;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.identity.staff.StaffMember;
import org.vigie.identity.staff.StaffPrincipal;
import org.vigie.identity.staff.TwoFactor;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stands between a password and the back-office: the second factor for every role,
 * its own lock that a right password does not clear, permissions granted only after it,
 * sessions that end on a role change and after an absolute lifetime, password rules and
 * hashing. A context of its own, so that its many sign-ins from one address do not share
 * the address throttle with other tests.
 */
@SiteTest
@Import(InvitationFlowTest.Time.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"spring.mail.properties.mail.smtp.starttls.enable=false", "vigie.mail.relay-interval=PT0.2S",
		"vigie.test.context=sign-in" })
class SignInProtectionTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String PASSWORD = "correct horse battery staple";

	@Autowired
	private SiteClient site;

	@Autowired
	private StaffAccounts accounts;

	@Autowired
	private TwoFactor twoFactor;

	@Autowired
	private TestClock clock;

	@Autowired
	private AuditEntryRepository audit;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RequestMappingHandlerMapping mappings;

	private final Map<Long, List<String>> recoveryCodes = new java.util.HashMap<>();

	@Test
	void wrongCodesSpreadOverPasswordSignInsLockTheAccountAndTellItsOwner() throws Exception {
		StaffMember member = member("guessed", Role.EDITOR, Language.NL);
		String secret = this.twoFactor.newSecret();
		List<String> recovery = this.twoFactor.enrol(member.getId(), secret, SecondFactors.code(secret, this.clock))
			.orElseThrow();
		String otherSecret = this.twoFactor.newSecret();
		List<String> wrong = List.of("aaaaa-bbbbb", SecondFactors.code(otherSecret, this.clock), "22222-33333");

		// Twelve wrong codes, app codes and recovery codes, spread over four password
		// sign-ins.
		for (int signIn = 0; signIn < 4; signIn++) {
			StaffBrowser browser = new StaffBrowser(this.site);
			browser.signIn(member.getEmail(), PASSWORD);
			for (String code : wrong) {
				browser.submit("/admin/two-factor", "/admin/two-factor", Map.of("code", code));
			}
		}
		this.clock.advance(Duration.ofMinutes(2));
		try {
			StaffBrowser owner = new StaffBrowser(this.site);
			HttpResponse<String> password = owner.signIn(member.getEmail(), PASSWORD);
			owner.submit("/admin/two-factor", "/admin/two-factor",
					Map.of("code", SecondFactors.code(secret, this.clock)));
			StaffBrowser withRecoveryCode = new StaffBrowser(this.site);
			withRecoveryCode.signIn(member.getEmail(), PASSWORD, recovery.get(0));

			assertThat(password.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=bad"));
			assertThat(owner.get("/admin").statusCode()).isEqualTo(302);
			assertThat(withRecoveryCode.get("/admin").statusCode()).isEqualTo(302);
		}
		finally {
			this.clock.advance(Duration.ofMinutes(-2));
		}
		MimeMessage warning = receivedBy(member.getEmail());
		assertThat(warning.getSubject()).isEqualTo("Uw account op Vigie is vergrendeld");
		assertThat(GreenMailUtil.getBody(warning).replace("=\r\n", "")).contains("5 foute codes",
				"http://localhost:8080/admin/password-reset");
		assertThat(actions(member)).contains(AuditAction.LOCKED_OUT);
	}

	@Test
	void wrongPasswordsTriedAtTheSameTimeAreEachCountedAndLockTheAccount() throws Exception {
		StaffMember member = member("parallel", Role.EDITOR, Language.EN);
		ExecutorService threads = Executors.newFixedThreadPool(5);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> attempts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			attempts.add(threads.submit(() -> {
				start.await();
				this.accounts.failedSignIn(member.getEmail(), "wrong password");
				return null;
			}));
		}
		start.countDown();
		for (Future<?> attempt : attempts) {
			attempt.get(30, TimeUnit.SECONDS);
		}
		threads.shutdown();

		assertThat(this.accounts.isLocked(member.getEmail())).isTrue();
	}

	@Test
	void aPasswordAloneGrantsNoPermissionAndReachesNoBackOfficeAddress() {
		StaffMember admin = member("halfway", Role.ADMINISTRATOR, Language.EN);
		SecondFactors.enrol(this.twoFactor, this.clock, admin.getId());

		StaffPrincipal afterPassword = (StaffPrincipal) this.accounts.loadUserByUsername(admin.getEmail());
		assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly(StaffPrincipal.SECOND_FACTOR_PENDING);

		StaffBrowser browser = new StaffBrowser(this.site);
		browser.signIn(admin.getEmail(), PASSWORD);
		String csrf = browser.csrf("/admin/two-factor");
		List<String> reached = new ArrayList<>();
		for (String route : routes()) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^/]*}", "1");
			if (path.startsWith("/admin/two-factor") || path.equals("/admin/logout")
					|| path.equals("/admin/sign-out-everywhere")) {
				continue;
			}
			HttpResponse<String> response = "GET".equals(method) ? browser.get(path)
					: browser.post(path, Map.of("_csrf", csrf));
			String location = response.headers().firstValue("Location").orElse("");
			boolean ledToSecondStep = response.statusCode() == 302 && location.endsWith("/admin/two-factor");
			if (!ledToSecondStep && !PUBLIC.contains(path) && !path.startsWith("/admin/password-reset")) {
				reached.add(route + " -> " + response.statusCode() + " " + location);
			}
		}
		assertThat(reached).isEmpty();
	}

	@Test
	void everyRoleEnrolsASecondFactorAtItsFirstSignIn() {
		for (Role role : List.of(Role.AUTHOR, Role.EDITOR, Role.TRAINER)) {
			StaffMember member = member("first-" + role.name().toLowerCase(), role, Language.FR);
			StaffBrowser browser = new StaffBrowser(this.site);

			HttpResponse<String> password = browser.signIn(member.getEmail(), PASSWORD);

			assertThat(password.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/two-factor"));
			assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
			assertThat(Jsoup.parse(browser.get("/admin/two-factor").body()).select(".qr svg")).hasSize(1);
		}
	}

	@Test
	void aRoleChangeEndsTheMembersSessions() {
		StaffMember admin = member("roles-admin", Role.ADMINISTRATOR, Language.FR);
		StaffMember author = member("roles-author", Role.AUTHOR, Language.FR);
		StaffBrowser administrator = signedIn(admin);
		StaffBrowser promoted = signedIn(author);

		administrator.submit("/admin/staff", "/admin/staff/" + author.getId() + "/roles", Map.of("roles", "EDITOR"));

		assertThat(promoted.get("/admin").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=ended"));
		assertThat(signedIn(author).get("/admin/audit").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
		StaffBrowser browser = signedIn(member("long-day", Role.AUTHOR, Language.FR));
		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		try {
			assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
			this.clock.advance(Duration.ofMinutes(2));

			assertThat(browser.get("/admin").headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=ended"));
		}
		finally {
			this.clock.advance(Duration.ofHours(-12).minusMinutes(1));
		}
	}

	@Test
	void aWrongCurrentPasswordOnThePasswordPageCountsAsAFailedSignIn() {
		StaffMember member = member("guess-current", Role.AUTHOR, Language.EN);
		StaffBrowser browser = signedIn(member);
		String next = "an entirely different phrase";
		for (int attempt = 0; attempt < 4; attempt++) {
			HttpResponse<String> wrong = browser.submit("/admin/account", "/admin/account/password",
					Map.of("current", "guess number " + attempt, "password", next, "passwordAgain", next));
			assertThat(Jsoup.parse(wrong.body()).select("#current-problem").text()).isNotBlank();
		}

		HttpResponse<String> fifth = browser.submit("/admin/account", "/admin/account/password",
				Map.of("current", "guess number 5", "password", next, "passwordAgain", next));

		assertThat(fifth.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=bad"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
		assertThat(new StaffBrowser(this.site).signIn(member.getEmail(), PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=bad"));
		assertThat(actions(member)).contains(AuditAction.LOCKED_OUT);
	}

	@Test
	void commonPasswordsAndPasswordsHoldingTheEmailNameAreRefusedOnThePasswordPage() {
		StaffMember member = member("marguerite", Role.AUTHOR, Language.FR);
		StaffBrowser browser = signedIn(member);

		String common = browser
			.submit("/admin/account", "/admin/account/password",
					Map.of("current", PASSWORD, "password", "password12345", "passwordAgain", "password12345"))
			.body();
		String named = browser
			.submit("/admin/account", "/admin/account/password", Map.of("current", PASSWORD, "password",
					"Marguerite-Kaleidoscope-91", "passwordAgain", "Marguerite-Kaleidoscope-91"))
			.body();

		assertThat(Jsoup.parse(common).select("#password-problem").text()).contains("trop courant");
		assertThat(Jsoup.parse(named).select("#password-problem").text()).contains("adresse e-mail");
		String hash = this.jdbc.queryForObject("select password_hash from identity_staff where id = ?", String.class,
				member.getId());
		assertThat(this.passwords.matches(PASSWORD, hash)).isTrue();
	}

	@Test
	void passwordsAreHashedWithArgon2idAtOwaspsMinimumAndOverlongOnesAreNotHashed() {
		assertThat(this.passwords.encode(PASSWORD)).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
		StaffMember member = member("overlong", Role.AUTHOR, Language.FR);

		HttpResponse<String> overlong = new StaffBrowser(this.site).signIn(member.getEmail(), "x".repeat(100_000));

		assertThat(overlong.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login?error=bad"));
	}

	@Test
	void aHashWithWeakerParametersIsReplacedAtTheNextSignIn() {
		StaffMember member = member("rehashed", Role.AUTHOR, Language.FR);
		String old = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
		this.jdbc.update("update identity_staff set password_hash = ? where id = ?", old, member.getId());

		new StaffBrowser(this.site).signIn(member.getEmail(), PASSWORD);

		assertThat(this.jdbc.queryForObject("select password_hash from identity_staff where id = ?", String.class,
				member.getId()))
			.startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
	}

	@Test
	void aSignInThatFindsHashingBusySaysToTryAgain() {
		assertThat(Jsoup.parse(new StaffBrowser(this.site).get("/admin/login?error=busy").body())
			.select("[role=alert]")
			.text()).contains("Réessayez dans un instant");
	}

	private static final Set<String> PUBLIC = Set.of("/admin/login", "/admin/setup", "/admin/invitation");

	private List<String> routes() {
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
					var methods = info.getMethodsCondition().getMethods();
					(methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods)
						.forEach((method) -> routes.add(method.name() + " " + pattern));
				}
			}
		}
		return routes;
	}

	private StaffMember member(String name, Role role, Language language) {
		return this.accounts.create(name + "." + System.nanoTime() + "@example.org", name, PASSWORD, language,
				Set.of(role), "test");
	}

	/**
	 * A browser signed in with both factors as this member, enrolling them the first
	 * time.
	 */
	private StaffBrowser signedIn(StaffMember member) {
		List<String> codes = this.recoveryCodes.computeIfAbsent(member.getId(),
				(id) -> new ArrayList<>(SecondFactors.enrol(this.twoFactor, this.clock, id)));
		StaffBrowser browser = new StaffBrowser(this.site);
		HttpResponse<String> done = browser.signIn(member.getEmail(), PASSWORD, codes.remove(0));
		assertThat(done.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
		return browser;
	}

	private List<AuditAction> actions(StaffMember member) {
		return this.audit.findAll(PageRequest.of(0, 2000))
			.filter((entry) -> member.getEmail().equals(entry.getActor()))
			.map((entry) -> entry.getAction())
			.toList();
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

}
