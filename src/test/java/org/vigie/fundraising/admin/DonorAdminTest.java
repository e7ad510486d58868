package org.vigie.fundraising.admin;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.HtmlChecker;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.Role;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fundraiser finds a donor by their exact email only, sees their gifts and certificates
 * with the national register number masked, reveals it (audited under their name), and
 * erases the donor: contact details and the number go, gifts, ledger and certificates
 * stay.
 */
@FundraisingTest
class DonorAdminTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Donors donors;

	@Autowired
	private Ledger ledger;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aDonorIsFoundByExactEmailAndTheirNumberIsShownOnlyOnRevealWhichIsAudited() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		String email = AdminFixtures.email();
		Gift gift = AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(email), 5000, today());
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.EN);
		StaffBrowser browser = fundraiser.browser();

		HttpResponse<String> partial = browser.submit("/admin/fundraising/donors", "/admin/fundraising/donors",
				Map.of("email", email.substring(0, 12)));
		assertThat(Jsoup.parse(partial.body()).select("[data-not-found]").text()).contains("No donor gave");
		HttpResponse<String> found = browser.submit("/admin/fundraising/donors", "/admin/fundraising/donors",
				Map.of("email", "  " + email.toUpperCase() + " "));
		String donorPath = "/admin/fundraising/donors/" + gift.donorId();
		assertThat(Fundraisers.location(found)).isEqualTo(donorPath);

		String shown = browser.get(donorPath).body();
		assertThat(shown).doesNotContain("85.07.30").doesNotContain(email);
		Document page = Jsoup.parse(shown);
		assertThat(page.select("[data-name]").text()).isEqualTo("Lotte Peeters");
		assertThat(page.select("[data-masked]").text()).isEqualTo("on file (hidden)");
		assertThat(page.select("[data-gift=" + gift.id() + "] [data-net]").text()).isEqualTo("€50.00");
		assertThat(HtmlChecker.check(donorPath, shown).errorsNotingWarnings()).isEmpty();
		assertThat(audited(gift.donorId(), fundraiser.email())).isZero();

		HttpResponse<String> revealed = browser.submit(donorPath, donorPath + "/reveal", Map.of());
		assertThat(Jsoup.parse(revealed.body()).select("[data-revealed]").text())
			.isEqualTo(AdminFixtures.NATIONAL_NUMBER);
		assertThat(audited(gift.donorId(), fundraiser.email())).isEqualTo(1);
		assertThat(
				this.jdbc.sql("select details from identity_audit where action = 'FUNDRAISING_NRN_READ' and target = ?")
					.param("donor:" + gift.donorId())
					.query(String.class)
					.single())
			.isEqualTo("staff reveal");
	}

	@Test
	void erasureRemovesContactDetailsAndTheNumberButKeepsGiftsLedgerAndCertificates() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		String email = AdminFixtures.email();
		DonorDetails details = AdminFixtures.certified(email);
		Gift gift = AdminFixtures.transferReceived(this.gifts, campaign, details, 12_000, today());
		UUID certificate = certificate(gift);
		long raised = this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents();
		Fundraisers.Signed fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.FR);
		StaffBrowser browser = fundraiser.browser();
		String donorPath = "/admin/fundraising/donors/" + gift.donorId();
		assertThat(Jsoup.parse(browser.get(donorPath).body()).select("[data-certificates]").text()).contains("2026",
				"n° 7");

		String confirm = browser.get(donorPath + "/erase").body();
		assertThat(confirm).contains("Effacer définitivement Lotte Peeters");
		assertThat(this.donors.byId(gift.donorId()).orElseThrow().erased()).as("asking is not erasing").isFalse();
		HttpResponse<String> erased = browser.submit(donorPath + "/erase", donorPath + "/erase", Map.of());
		assertThat(Fundraisers.location(erased)).isEqualTo(donorPath + "?done=erased");

		Donor after = this.donors.byId(gift.donorId()).orElseThrow();
		assertThat(after.erased()).isTrue();
		assertThat(after.address()).isNull();
		assertThat(after.hasNationalNumber()).isFalse();
		assertThat(after.name()).doesNotContain("Lotte").doesNotContain("Peeters");
		assertThat(this.donors.email(gift.donorId())).isEmpty();
		assertThat(this.donors.byEmail(email)).isEmpty();
		assertThat(this.gifts.byId(gift.id())).isPresent();
		assertThat(this.ledger.ofGift(gift.id())).hasSize(1);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(raised);
		assertThat(this.jdbc.sql("select count(*) from fundraising_certificate where id = ?")
			.param(certificate)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit where action = 'FUNDRAISING_DONOR_ERASED' "
					+ "and target = ? and actor = ?")
			.params("donor:" + gift.donorId(), fundraiser.email())
			.query(Long.class)
			.single()).isEqualTo(1);
		Document page = Jsoup.parse(browser.get(donorPath + "?done=erased").body());
		assertThat(page.select("[data-erased]")).hasSize(1);
		assertThat(page.text()).doesNotContain("Rue Haute").doesNotContain(email);
		assertThat(page.select("[data-gift=" + gift.id() + "]")).hasSize(1);
	}

	/** A certificate issued for the gift, as the January run stores it. */
	private UUID certificate(Gift gift) {
		UUID id = UUID.randomUUID();
		int number = 7;
		int year = 2000 + (int) (Math.abs(id.getLeastSignificantBits()) % 900);
		this.jdbc
			.sql("""
					insert into fundraising_certificate (id, tax_year, number, version, donor_id, kind, amount_cents, language, first_name,
						last_name, street, postcode, city, country, nrn_sealed, pdf, issued_at)
					values (?, ?, ?, 1, ?, 'ORIGINAL', ?, 'nl', 'Lotte', 'Peeters', 'Rue Haute 12', '1000', 'Bruxelles', 'BE', 'sealed', ?, ?)""")
			.params(id, year, number, gift.donorId(), gift.amountCents(), new byte[] { 37, 80, 68, 70 },
					Timestamp.from(Instant.now()))
			.update();
		this.jdbc.sql("insert into fundraising_certified_gift (certificate_id, gift_id, amount_cents) values (?, ?, ?)")
			.params(id, gift.id(), gift.amountCents())
			.update();
		return id;
	}

	private long audited(UUID donorId, String actor) {
		return this.jdbc
			.sql("select count(*) from identity_audit where action = 'FUNDRAISING_NRN_READ' and target = ? "
					+ "and actor = ?")
			.params("donor:" + donorId, actor)
			.query(Long.class)
			.single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
