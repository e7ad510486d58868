package org.vigie.fundraising.selfservice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.Giver;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.web.SupportFormTokens;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.identity.ServerKeys;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking for a link to one's page and following it: the page answers the same for any
 * address, a link leaves only for a donor whose gift arrived, in their language, at most
 * three an hour; it opens the page once, within the hour; the page then stays open 30
 * minutes by a cookie nobody can forge or stretch.
 */
@FundraisingTest
class SelfServiceLinkTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Transfers transfers;

	@Autowired
	private TestClock clock;

	@Autowired
	private ServerKeys keys;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SupportFormTokens tokens;

	private final Mailbox mailbox = new Mailbox(mail);

	private Donations donations;

	private Campaign campaign;

	@BeforeEach
	void campaign() {
		this.donations = new Donations(this.port, this.clock, this.transfers, this.mailbox, this.tokens);
		this.campaign = FundraisingFixtures.openAppeal(this.campaigns, this.donations.today());
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoEmail() {
		String known = email();
		String unknown = email();
		String pending = email();
		this.donations.settled(this.campaign, Language.FR, "20", known, Map.of());
		this.donations.promise(this.campaign, Language.FR, "20", pending, Map.of());
		Giver browser = Giver.fromOwnAddress(this.port);

		HttpResponse<String> forUnknown = this.donations.ask(browser, Language.FR, unknown);
		HttpResponse<String> forPending = this.donations.ask(browser, Language.FR, pending);
		HttpResponse<String> forKnown = this.donations.ask(browser, Language.FR, known);

		for (HttpResponse<String> answer : List.of(forUnknown, forPending, forKnown)) {
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).get()
				.asString()
				.endsWith("/fr/soutenir/mes-dons?done=sent");
			assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		}
		assertThat(browser.page("/fr/soutenir/mes-dons?done=sent").select("[data-notice]").text())
			.startsWith("Si cette adresse nous a fait un don");
		this.donations.linkEmail(known, 1);
		assertThat(this.mailbox.to(unknown)).as("the outbox sends in order: the unknown address got nothing").isEmpty();
		assertThat(this.mailbox.to(pending)).as("a gift that never arrived opens no page").isEmpty();
	}

	@Test
	void theLinkComesInTheDonorsLanguageAndOpensTheirPageOnce() throws Exception {
		String email = email();
		this.donations.settled(this.campaign, Language.NL, "42,50", email, Map.of());
		Giver browser = Giver.fromOwnAddress(this.port);
		this.donations.ask(browser, Language.EN, email);

		MimeMessage message = this.donations.linkEmail(email, 1);
		assertThat(message.getSubject()).endsWith("uw link naar uw giften");
		assertThat(Mailbox.text(message)).startsWith("Dag Anna,").contains("binnen het uur");
		String link = this.donations.emailedLink(email, 1);
		assertThat(link).startsWith("/nl/steunen/mijn-giften?t=");
		assertThat(this.jdbc.sql("select count(*) from fundraising_selfservice_link where token_hash = ?")
			.param(link.substring(link.indexOf("?t=") + 3))
			.query(Long.class)
			.single()).as("the token itself is not stored").isZero();
		assertThat(this.jdbc.sql("select count(*) from fundraising_selfservice_link where token_hash = ?")
			.param(this.keys.keyedHash("fundraising-selfservice-link", link.substring(link.indexOf("?t=") + 3)))
			.query(Long.class)
			.single()).as("its keyed hash is").isOne();

		HttpResponse<String> opened = this.donations.follow(browser, link);
		assertThat(opened.statusCode()).isEqualTo(302);
		List<String> cookies = opened.headers().allValues("Set-Cookie");
		assertThat(cookies).hasSize(3)
			.allSatisfy((cookie) -> assertThat(cookie).startsWith("vigie_gifts=")
				.contains("HttpOnly", "SameSite=Strict", "Max-Age=1800")
				.doesNotContain("Secure"));
		assertThat(cookies).anySatisfy((cookie) -> assertThat(cookie).contains("Path=/nl/steunen/mijn-giften;"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("Path=/fr/soutenir/mes-dons;"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("Path=/en/support/my-gifts;"));
		Document page = browser.page("/nl/steunen/mijn-giften");
		assertThat(page.select("[data-gift] [data-amount]").eachText()).containsExactly("€ 42,50");
		assertThat(page.select("[data-gift] [data-status]").attr("data-status")).isEqualTo("SETTLED");

		Giver other = Giver.fromOwnAddress(this.port);
		assertThat(other.get(link).statusCode()).as("a used link").isEqualTo(400);
		HttpResponse<String> again = this.donations.followWithoutPage(other, link, Language.NL);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(Jsoup.parse(again.body()).select("[data-problem]").text()).contains("al gebruikt");
		assertThat(other.page("/nl/steunen/mijn-giften").select("form.mine-ask")).hasSize(1);
	}

	@Test
	void aLinkExpiresAfterAnHourAndAPageAfterHalfAnHour() {
		String email = email();
		this.donations.settled(this.campaign, Language.EN, "20", email, Map.of());
		Giver browser = Giver.fromOwnAddress(this.port);
		this.donations.ask(browser, Language.EN, email);
		String link = this.donations.emailedLink(email, 1);
		this.clock.advance(Duration.ofMinutes(61));

		assertThat(browser.get(link).statusCode()).isEqualTo(400);
		assertThat(this.donations.followWithoutPage(browser, link, Language.EN).statusCode()).isEqualTo(400);
		assertThat(browser.page("/en/support/my-gifts").select("[data-gift]")).isEmpty();

		Giver donor = this.donations.signedIn(email, Language.EN, 2);
		assertThat(donor.page("/en/support/my-gifts").select("[data-gift]")).hasSize(1);
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(donor.page("/en/support/my-gifts").select("[data-gift]")).hasSize(1);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(donor.page("/en/support/my-gifts").select("[data-gift]")).as("closed after 30 minutes").isEmpty();
	}

	@Test
	void aTamperedLinkOrAForgedCookieOpensNothing() throws Exception {
		String email = email();
		Gift gift = this.donations.settled(this.campaign, Language.EN, "20", email, Map.of());
		Giver browser = Giver.fromOwnAddress(this.port);
		this.donations.ask(browser, Language.EN, email);
		String link = this.donations.emailedLink(email, 1);
		char last = link.charAt(link.length() - 1);
		String tampered = link.substring(0, link.length() - 1) + ((last == 'A') ? 'B' : 'A');

		assertThat(browser.get(tampered).statusCode()).isEqualTo(400);
		assertThat(this.donations.followWithoutPage(browser, tampered, Language.EN).statusCode()).isEqualTo(400);
		assertThat(this.donations.followWithoutPage(browser, "/en/support/my-gifts?t=%3Cscript%3E", Language.EN)
			.statusCode()).isEqualTo(400);

		long until = this.clock.instant().plus(Duration.ofMinutes(20)).getEpochSecond();
		UUID donor = gift.donorId();
		String genuine = donor + "." + until + "."
				+ this.keys.keyedHash("fundraising-selfservice-cookie", donor + "|" + until);
		assertThat(pageWithCookie(genuine)).as("the check itself").contains("data-gift");
		String zeros = donor + "." + until + "." + "0".repeat(64);
		String stretched = donor + "." + (until + 3600) + "." + genuine.substring(genuine.lastIndexOf('.') + 1);
		String otherHash = donor + "." + until + "." + this.keys.keyedHash("fundraising-form", donor + "|" + until);
		for (String forged : List.of(zeros, stretched, otherHash, donor.toString(), "", "x".repeat(300))) {
			assertThat(pageWithCookie(forged)).as(forged).doesNotContain("data-gift").contains("mine-ask");
		}
		assertThat(this.donations.followWithoutPage(browser, link, Language.EN).statusCode())
			.as("the genuine link still works after all that")
			.isEqualTo(302);
	}

	@Test
	void theCookieTravelsOverTlsOnlyWhenTheSiteIsHttps() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		SiteProperties https = new SiteProperties(URI.create("https://dons.example.org"), null, null, null, null);

		new DonorCookie(this.keys, https).write(response, UUID.randomUUID(), this.clock.instant());

		assertThat(response.getHeaders("Set-Cookie")).hasSize(3)
			.allSatisfy((cookie) -> assertThat(cookie).contains("; Secure", "HttpOnly", "SameSite=Strict"));
	}

	@Test
	void aDonorIsSentAtMostThreeLinksAnHour() {
		String email = email();
		Gift gift = this.donations.settled(this.campaign, Language.FR, "20", email, Map.of());
		for (int i = 0; i < 5; i++) {
			assertThat(this.donations.ask(Giver.fromOwnAddress(this.port), Language.FR, email).statusCode())
				.isEqualTo(302);
		}
		assertThat(linksOf(gift.donorId())).as("links made for the donor").isEqualTo(3);
		this.donations.linkEmail(email, 3);
		this.clock.advance(Duration.ofMinutes(61));
		this.donations.ask(Giver.fromOwnAddress(this.port), Language.FR, email);
		assertThat(linksOf(gift.donorId())).isEqualTo(4);
		this.donations.linkEmail(email, 4);
		assertThat(this.mailbox.to(email).stream().filter((message) -> Mailbox.text(message).contains("?t=")))
			.as("two of the first five were never sent")
			.hasSize(4);
	}

	@Test
	void theFormRefusesHostileInputAndOtherSites() {
		Giver browser = Giver.fromOwnAddress(this.port);
		String path = SupportPaths.mine(Language.EN);
		String token = browser.page(path).select("form.mine-ask input[name=token]").val();
		this.clock.advance(Duration.ofSeconds(5));
		for (String hostile : List.of("", "not-an-address", "a@b", "x".repeat(300) + "@example.org", "<script>@x.org",
				"a@example.org\r\nBcc: b@example.org")) {
			HttpResponse<String> answer = browser.post(path, Map.of("token", token, "email", hostile));
			assertThat(answer.statusCode()).as(hostile).isEqualTo(422);
			assertThat(Jsoup.parse(answer.body()).select("[data-problem]").text())
				.isEqualTo("This does not look like an email address. Check it and try again.");
		}
		assertThat(browser.post(path, Map.of("token", "1.forged", "email", email())).statusCode()).isEqualTo(400);
		assertThat(browser.post(path, Map.of("email", email())).statusCode()).isEqualTo(400);
		assertThat(browser.post(path, Map.of("token", token, "email", email()), "Sec-Fetch-Site", "cross-site")
			.statusCode()).isEqualTo(403);
		String fresh = browser.page(path).select("form.mine-ask input[name=token]").val();
		assertThat(browser.post(path, Map.of("token", fresh, "email", email())).statusCode()).as("too fast")
			.isEqualTo(400);
	}

	private long linksOf(UUID donorId) {
		return this.jdbc.sql("select count(*) from fundraising_selfservice_link where donor_id = ?")
			.param(donorId)
			.query(Long.class)
			.single();
	}

	private String pageWithCookie(String value) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/en/support/my-gifts"))
			.header("Cookie", "vigie_gifts=" + value)
			.GET()
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String email() {
		return "donor." + UUID.randomUUID() + "@example.org";
	}

}
