package org.vigie.fundraising.selfservice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.fundraising.gifts.Transfers;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.web.SupportFormTokens;
import org.vigie.identity.ServerKeys;
import org.vigie.learning.reminders.Mailbox;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The donor's page once open: exactly their gifts; a standing order's amount changed and
 * then no longer expected; their certificates and nobody else's; the national register
 * number replaced or removed; erasure, which keeps the gifts and the ledger and closes
 * the page for good. Every form refuses hostile input and changes nothing.
 */
@FundraisingTest
class DonorPageTest {

	private static final String MINE = "/en/support/my-gifts";

	private static final Map<String, String> WITH_NUMBER = Map.of("certificate", "yes", "nationalNumber",
			"85.07.30-033.28", "street", "Rue de la Loi 16", "postcode", "1000", "city", "Bruxelles", "country", "BE");

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	private int port;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Transfers transfers;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Monthlies monthlies;

	@Autowired
	private Donors donors;

	@Autowired
	private Ledger ledger;

	@Autowired
	private TestClock clock;

	@Autowired
	private ServerKeys keys;

	@Autowired
	private SupportFormTokens tokens;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationContext context;

	private Donations donations;

	private Campaign campaign;

	@BeforeEach
	void campaign() {
		this.donations = new Donations(this.port, this.clock, this.transfers, new Mailbox(mail), this.tokens);
		this.campaign = FundraisingFixtures.openAppeal(this.campaigns, this.donations.today());
	}

	@Test
	void thePageListsExactlyTheDonorsGifts() {
		String email = email();
		this.donations.settled(this.campaign, Language.EN, "42,50", email, Map.of());
		this.donations.promise(this.campaign, Language.EN, "10", email, Map.of());
		this.donations.settled(this.campaign, Language.EN, "77", email(), Map.of());
		Giver browser = this.donations.signedIn(email, Language.EN, 1);

		Document page = browser.page(MINE);

		assertThat(page.select("[data-gift] [data-amount]").eachText()).containsExactly("€10.00", "€42.50");
		assertThat(page.select("[data-gift] [data-status]").eachText()).containsExactly("Awaited", "Received");
		assertThat(page.select("[data-gift] [data-campaign]").eachText())
			.containsOnly(this.campaign.text(Language.EN).title());
		assertThat(page.select("[data-certificates]")).isEmpty();
		assertThat(page.select("[data-number]").text()).startsWith("No national register number is on file");
		assertThat(browser.page("/fr/soutenir/mes-dons").select("[data-gift] [data-amount]").eachText())
			.as("the page is open in every language")
			.map((text) -> text.replace('\u00a0', ' '))
			.containsExactly("10,00 €", "42,50 €");
	}

	@Test
	void aStandingOrderIsChangedThenNoLongerExpected() {
		String email = email();
		Gift first = this.donations.settled(this.campaign, Language.EN, "25", email, Map.of("frequency", "monthly"));
		UUID monthlyId = this.gifts.byId(first.id()).orElseThrow().monthlyId();
		Giver browser = this.donations.signedIn(email, Language.EN, 1);
		Document page = browser.page(MINE);
		assertThat(page.select("[data-monthly-amount]").text()).isEqualTo("€25.00 a month, running.");
		assertThat(page.select("[data-monthly]").text()).contains("only you can change or cancel it");
		String amountPath = MINE + "/monthly/" + monthlyId + "/amount";

		for (String hostile : List.of("", "-5", "0", "4,99", "10000,01", "1e9", "12,345", "<b>", "9".repeat(30))) {
			HttpResponse<String> answer = browser.post(amountPath,
					Map.of("token", token(page, "mine-amount"), "amount", hostile));
			assertThat(answer.statusCode()).as(hostile).isEqualTo(422);
			assertThat(Jsoup.parse(answer.body()).select("[data-problem]").text())
				.isEqualTo("Type an amount in euros from €5 to €10,000, such as 25 or 12,50.");
		}
		assertThat(browser.post(amountPath, Map.of("token", token(page, "mine-stop"), "amount", "30")).statusCode())
			.as("another form's token")
			.isEqualTo(400);
		assertThat(browser
			.post(amountPath, Map.of("token", token(page, "mine-amount"), "amount", "30"), "Sec-Fetch-Site",
					"cross-site")
			.statusCode()).isEqualTo(403);
		assertThat(Giver.fromOwnAddress(this.port)
			.post(amountPath, Map.of("token", token(page, "mine-amount"), "amount", "30"))
			.statusCode()).as("a browser without the page open").isEqualTo(403);
		assertThat(this.monthlies.byId(monthlyId).orElseThrow().amountCents()).isEqualTo(2500);

		HttpResponse<String> changed = browser.post(amountPath,
				Map.of("token", token(page, "mine-amount"), "amount", "30,50"));
		assertThat(changed.headers().firstValue("Location")).get().asString().endsWith(MINE + "?done=changed");
		assertThat(this.monthlies.byId(monthlyId).orElseThrow().amountCents()).isEqualTo(3050);
		page = browser.page(MINE + "?done=changed");
		assertThat(page.select("[data-notice]").text()).isEqualTo("The amount of your monthly gift is changed.");
		assertThat(page.select("[data-monthly-amount]").text()).isEqualTo("€30.50 a month, running.");

		browser.post(MINE + "/monthly/" + monthlyId + "/stop", Map.of("token", token(page, "mine-stop")));
		assertThat(this.monthlies.byId(monthlyId).orElseThrow().status()).isEqualTo(Monthly.Status.STOPPED);
		page = browser.page(MINE);
		assertThat(page.select("[data-monthly-amount]").text()).isEqualTo("€30.50 a month, stopped.");
		assertThat(page.select("form.mine-stop, form.mine-amount")).isEmpty();
	}

	@Test
	void aMonthlyGiftAtAProviderIsChangedThereFirst() {
		String email = email();
		String giftPath = this.donations.promise(this.campaign, Language.EN, "25", email,
				Map.of("frequency", "monthly"));
		Gift first = this.gifts.byId(UUID.fromString(giftPath.substring(giftPath.lastIndexOf('/') + 1))).orElseThrow();
		this.gifts.startedWith(first.id(), RecordingProvider.NAME, "pay-" + first.id());
		this.gifts.settle(first.id(), 2500, 0, this.donations.today(), "provider:" + first.id(), EntrySource.PROVIDER);
		String subscription = "sub-" + first.id();
		UUID monthlyId = this.monthlies.start(this.gifts.byId(first.id()).orElseThrow(), subscription,
				this.clock.instant());
		Giver browser = this.donations.signedIn(email, Language.EN, 1);
		RecordingProvider provider = new RecordingProvider();
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) this.context.getAutowireCapableBeanFactory();
		beans.registerSingleton("recordingProvider", provider);
		try {
			Document page = browser.page(MINE);
			assertThat(page.select("[data-monthly]").text()).doesNotContain("only you can change or cancel it");
			String amountPath = MINE + "/monthly/" + monthlyId + "/amount";

			provider.refusing = true;
			HttpResponse<String> refused = browser.post(amountPath,
					Map.of("token", token(page, "mine-amount"), "amount", "40"));
			assertThat(refused.statusCode()).isEqualTo(502);
			assertThat(Jsoup.parse(refused.body()).select("[data-problem]").text())
				.startsWith("Our payment provider could not be reached or refused: nothing was changed.");
			assertThat(this.monthlies.byId(monthlyId).orElseThrow().amountCents()).isEqualTo(2500);

			provider.refusing = false;
			browser.post(amountPath, Map.of("token", token(page, "mine-amount"), "amount", "40"));
			browser.post(MINE + "/monthly/" + monthlyId + "/stop", Map.of("token", token(page, "mine-stop")));

			assertThat(provider.calls).containsExactly("change " + subscription + " 4000", "stop " + subscription);
			Monthly monthly = this.monthlies.byId(monthlyId).orElseThrow();
			assertThat(monthly.amountCents()).isEqualTo(4000);
			assertThat(monthly.status()).isEqualTo(Monthly.Status.STOPPED);
		}
		finally {
			beans.destroySingleton("recordingProvider");
		}
	}

	@Test
	void aDonorCannotTouchAnotherDonorsMonthlyGift() {
		String email = email();
		this.donations.settled(this.campaign, Language.EN, "20", email, Map.of());
		Gift theirs = this.donations.settled(this.campaign, Language.EN, "25", email(), Map.of("frequency", "monthly"));
		UUID monthlyId = this.gifts.byId(theirs.id()).orElseThrow().monthlyId();
		Giver browser = this.donations.signedIn(email, Language.EN, 1);
		UUID donor = this.donors.byEmail(email).orElseThrow();
		String stop = this.tokens.issue(MinePages.scope("stop", donor), this.clock.instant());

		for (String id : List.of(monthlyId.toString(), UUID.randomUUID().toString(), "../erase", "x")) {
			HttpResponse<String> answer = browser.post(MINE + "/monthly/" + id + "/stop", Map.of("token", stop));
			assertThat(answer.statusCode()).as(id).isIn(404, 400);
		}
		assertThat(this.monthlies.byId(monthlyId).orElseThrow().status()).isEqualTo(Monthly.Status.ACTIVE);
	}

	@Test
	void aDonorDownloadsTheirCertificatesAndNoOneElses() throws Exception {
		String email = email();
		Gift mine = this.donations.settled(this.campaign, Language.EN, "50", email, WITH_NUMBER);
		Gift theirs = this.donations.settled(this.campaign, Language.EN, "60", email(), WITH_NUMBER);
		byte[] pdf = "%PDF-1.4\n%certificate of the test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		UUID own = certificate(mine.donorId(), 5000, pdf);
		UUID other = certificate(theirs.donorId(), 6000, "%PDF-1.4\n%someone else\n%%EOF\n".getBytes());
		Giver browser = Giver.fromOwnAddress(this.port);
		this.donations.ask(browser, Language.EN, email);
		String cookie = this.donations.follow(browser, this.donations.emailedLink(email, 1))
			.headers()
			.firstValue("Set-Cookie")
			.orElseThrow()
			.split(";")[0];

		Document page = browser.page(MINE);
		assertThat(page.select("[data-certificate]")).hasSize(1);
		assertThat(page.select("[data-certificate]").text()).contains("Certificate", "€50.00");
		String download = page.select("[data-certificate] a[data-download]").attr("href");
		assertThat(download).isEqualTo(MINE + "/certificates/" + own);
		HttpResponse<byte[]> response = bytes(cookie, download);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.body()).isEqualTo(pdf);

		assertThat(browser.get(MINE + "/certificates/" + other).statusCode()).isEqualTo(404);
		assertThat(browser.get(MINE + "/certificates/not-a-uuid").statusCode()).isEqualTo(404);
		assertThat(Giver.fromOwnAddress(this.port).get(download).statusCode()).as("no page open").isEqualTo(404);
	}

	@Test
	void theNationalNumberIsShownMaskedReplacedThenRemoved() {
		String email = email();
		Gift gift = this.donations.settled(this.campaign, Language.EN, "50", email, WITH_NUMBER);
		Giver browser = this.donations.signedIn(email, Language.EN, 1);
		Document page = browser.page(MINE);
		assertThat(page.select("[data-number]").text()).contains("••.••.••-•••.28").doesNotContain("850730");
		String path = MINE + "/national-number";

		for (String hostile : List.of("", "85.07.30-033.29", "12345", "<script>", "9".repeat(50))) {
			HttpResponse<String> answer = browser.post(path,
					Map.of("token", token(page, "mine-number"), "nationalNumber", hostile));
			assertThat(answer.statusCode()).as(hostile).isEqualTo(422);
			assertThat(Jsoup.parse(answer.body()).select("[data-problem]").text()).contains("national register number");
		}
		assertThat(this.donors.nationalNumber(gift.donorId(), "test", "test").orElseThrow().digits())
			.isEqualTo("85073003328");

		browser.post(path, Map.of("token", token(page, "mine-number"), "nationalNumber", "90.01.01-123.95"));
		assertThat(this.donors.nationalNumber(gift.donorId(), "test", "test").orElseThrow().digits())
			.isEqualTo("90010112395");
		assertThat(browser.page(MINE).select("[data-number]").text()).contains("••.••.••-•••.95");

		browser.post(path + "/remove", Map.of("token", token(page, "mine-withdraw")));
		assertThat(this.donors.byId(gift.donorId()).orElseThrow().hasNationalNumber()).isFalse();
		assertThat(this.gifts.byId(gift.id()).orElseThrow().certificateWanted()).as("no certificate then").isFalse();
		assertThat(browser.page(MINE).select("[data-number]").text())
			.startsWith("No national register number is on file");
		assertThat(browser.post(path, Map.of("token", token(page, "mine-number"), "nationalNumber", "90.01.01-123.95"))
			.statusCode()).as("nothing left to replace").isEqualTo(409);
	}

	@Test
	void erasingKeepsTheGiftsAndTheLedgerAndClosesThePageForGood() throws Exception {
		String email = email();
		Gift gift = this.donations.settled(this.campaign, Language.EN, "50", email, WITH_NUMBER);
		Giver browser = this.donations.signedIn(email, Language.EN, 1);
		Giver later = Giver.fromOwnAddress(this.port);
		this.donations.ask(later, Language.EN, email);
		String unused = this.donations.emailedLink(email, 2);
		Document page = browser.page(MINE);
		long raised = this.ledger.figures(this.campaign.id(), this.campaign.goalCents()).raisedCents();

		HttpResponse<String> unconfirmed = browser.post(MINE + "/erase", Map.of("token", token(page, ".mine-erase")));
		assertThat(unconfirmed.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(unconfirmed.body()).select("[data-problem]").text()).startsWith("Tick the box");
		assertThat(this.donors.byId(gift.donorId()).orElseThrow().erased()).isFalse();

		HttpResponse<String> erased = browser.post(MINE + "/erase",
				Map.of("token", token(page, ".mine-erase"), "confirm", "yes"));
		assertThat(erased.headers().firstValue("Location")).get().asString().endsWith(MINE + "?done=erased");
		assertThat(erased.headers().allValues("Set-Cookie")).hasSize(3)
			.allSatisfy((cookie) -> assertThat(cookie).contains("Max-Age=0"));

		Donor donor = this.donors.byId(gift.donorId()).orElseThrow();
		assertThat(donor.erased()).isTrue();
		assertThat(donor.name()).doesNotContain("Anna", "Verbeke");
		assertThat(donor.address()).isNull();
		assertThat(donor.hasNationalNumber()).isFalse();
		assertThat(this.donors.email(gift.donorId())).isEmpty();
		assertThat(this.donors.byEmail(email)).isEmpty();
		assertThat(this.gifts.ofDonor(gift.donorId())).extracting(Gift::amountCents).containsExactly(5000L);
		assertThat(this.ledger.figures(this.campaign.id(), this.campaign.goalCents()).raisedCents()).isEqualTo(raised);
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(5000);

		assertThat(browser.page(MINE + "?done=erased").select("[data-notice]").text())
			.isEqualTo("Your data is erased. Thank you for your support.");
		long until = this.clock.instant().plus(Duration.ofMinutes(20)).getEpochSecond();
		String cookie = gift.donorId() + "." + until + "."
				+ this.keys.keyedHash("fundraising-selfservice-cookie", gift.donorId() + "|" + until);
		assertThat(pageWithCookie(cookie)).as("a cookie kept from before").doesNotContain("data-gift");
		assertThat(later.get(unused).statusCode()).as("a link sent before").isEqualTo(400);
		this.donations.ask(Giver.fromOwnAddress(this.port), Language.EN, email);
		assertThat(this.jdbc.sql("select count(*) from fundraising_selfservice_link where donor_id = ?")
			.param(gift.donorId())
			.query(Long.class)
			.single()).as("no link for an erased donor").isZero();
	}

	private UUID certificate(UUID donorId, long cents, byte[] pdf) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into fundraising_certificate (id, tax_year, number, version, donor_id, kind, amount_cents, language,
						first_name, last_name, street, postcode, city, country, nrn_sealed, pdf, issued_at)
					values (?, 1999, ?, 1, ?, 'ORIGINAL', ?, 'en', 'Anna', 'Verbeke', 'Rue de la Loi 16', '1000', 'Bruxelles',
						'BE', 'sealed', ?, ?)""")
			.params(id, Math.abs(id.hashCode() % 1_000_000_000), donorId, cents, pdf,
					Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	private HttpResponse<byte[]> bytes(String cookie, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Cookie", cookie)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private String pageWithCookie(String value) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + MINE))
				.header("Cookie", "vigie_gifts=" + value)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/** The token of a form on the page, by the form's class. */
	private static String token(Document page, String form) {
		String selector = form.startsWith(".") ? "section" + form + " form" : "form." + form;
		return page.select(selector).first().select("input[name=token]").val();
	}

	private static String email() {
		return "donor." + UUID.randomUUID() + "@example.org";
	}

}
