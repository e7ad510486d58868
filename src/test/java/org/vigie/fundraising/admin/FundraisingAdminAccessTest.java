package org.vigie.fundraising.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.vigie.HtmlChecker;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.Permission;
import org.vigie.identity.Role;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only fundraisers (and administrators) reach the fundraising back-office: every page
 * opens for a fundraiser; an editor or a trainer signed in with both factors is refused
 * every address, read or write, and nothing changes; someone not signed in is sent to the
 * sign-in page.
 */
@FundraisingTest
class FundraisingAdminAccessTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private Gifts gifts;

	@Autowired
	private Donors donors;

	@Autowired
	private Monthlies monthlies;

	@Autowired
	private Ledger ledger;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CampaignEditing editing;

	@Autowired
	private Refunds refunds;

	@Autowired
	private ManualEntries entries;

	@Test
	void everyPageOpensForAFundraiserAndNoneForAnEditorOrATrainer() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				3000, today());
		UUID monthly = this.monthlies.start(gift, null, Instant.now());
		String c = "/admin/fundraising/campaigns/" + campaign.id();
		String d = "/admin/fundraising/donors/" + gift.donorId();
		String g = "/admin/fundraising/gifts/" + gift.id();
		String m = "/admin/fundraising/monthly/" + monthly;
		List<String> reads = List.of("/admin/fundraising", "/admin/fundraising/campaigns/new", c, c + "/gifts",
				c + "/gifts?status=SETTLED&method=TRANSFER&month=" + today().toString().substring(0, 7), g,
				"/admin/fundraising/donors", d, d + "/erase", "/admin/fundraising/entries", "/admin/fundraising/export",
				"/admin/fundraising/export.csv?from=" + today() + "&to=" + today());
		List<String> writes = List.of("/admin/fundraising/campaigns/new", c, c + "/updates", c + "/refund-all",
				c + "/refund-all/" + gift.id(), g + "/refund", "/admin/fundraising/donors", d + "/reveal", d + "/erase",
				m + "/email", m + "/stop", "/admin/fundraising/entries/income",
				"/admin/fundraising/entries/correction");
		Map<String, String> fields = new HashMap<>(
				CampaignForms.valid("taken-" + UUID.randomUUID().toString().substring(0, 6), today()));
		fields.put("amount", "10");
		fields.put("key", UUID.randomUUID().toString());
		fields.put("email", "x@example.org");
		fields.put("campaign", campaign.id().toString());
		fields.put("what", "CASH");
		fields.put("day", today().toString());
		fields.put("entry", "1");
		fields.put("note", "x");
		fields.put("update_title_fr", "t");
		long audits = count("select count(*) from identity_audit where target like ?", "%" + gift.donorId() + "%");
		long entries = count("select count(*) from fundraising_ledger where campaign_id = ?", campaign.id());

		for (Role role : List.of(Role.EDITOR, Role.TRAINER)) {
			StaffBrowser browser = Fundraisers.signIn(this.context, role, Language.EN).browser();
			assertThat(browser.get("/admin").body()).doesNotContain("href=\"/admin/fundraising\"");
			for (String path : reads) {
				assertThat(browser.get(path).statusCode()).as(role + " " + path).isEqualTo(403);
			}
			Map<String, String> withToken = new HashMap<>(fields);
			withToken.put("_csrf", browser.csrf("/admin/account"));
			for (String path : writes) {
				assertThat(browser.post(path, withToken).statusCode()).as(role + " POST " + path).isEqualTo(403);
			}
		}
		assertThat(this.donors.byId(gift.donorId()).orElseThrow().erased()).isFalse();
		assertThat(this.monthlies.byId(monthly).orElseThrow().status().name()).isEqualTo("ACTIVE");
		assertThat(count("select count(*) from identity_audit where target like ?", "%" + gift.donorId() + "%"))
			.isEqualTo(audits);
		assertThat(count("select count(*) from fundraising_ledger where campaign_id = ?", campaign.id()))
			.isEqualTo(entries);
		assertThat(this.campaigns.byKey(fields.get("key"))).isEmpty();
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(3000);

		StaffBrowser anonymous = new StaffBrowser(this.site);
		assertThat(anonymous.get("/admin/fundraising").headers().firstValue("Location").orElse(""))
			.endsWith("/admin/login");

		StaffBrowser fundraiser = Fundraisers.signIn(this.context, Role.FUNDRAISER, Language.NL).browser();
		assertThat(fundraiser.get("/admin").body()).contains("href=\"/admin/fundraising\"");
		List<String> invalid = new java.util.ArrayList<>();
		for (String path : reads) {
			java.net.http.HttpResponse<String> page = fundraiser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			if (!path.contains(".csv")) {
				invalid.addAll(HtmlChecker.check(path, page.body()).errorsNotingWarnings());
			}
		}
		assertThat(invalid).isEmpty();
		assertThat(fundraiser.get(c + "/refund-all").statusCode()).as("owes nothing").isEqualTo(409);
		assertThat(fundraiser.get("/admin/fundraising/gifts/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(fundraiser.get("/admin/fundraising/donors/x").statusCode()).isEqualTo(404);
	}

	@Test
	void theServicesCheckThePermissionWhateverCallsThem() {
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, today());
		Gift gift = AdminFixtures.transferReceived(this.gifts, campaign, AdminFixtures.certified(AdminFixtures.email()),
				3000, today());
		StaffIdentity editor = new StaffIdentity() {

			@Override
			public long id() {
				return 1;
			}

			@Override
			public String email() {
				return "editor@example.org";
			}

			@Override
			public String displayName() {
				return "Ed";
			}

			@Override
			public Language language() {
				return Language.EN;
			}

			@Override
			public boolean can(Permission permission) {
				return false;
			}

		};
		String key = "denied-" + UUID.randomUUID().toString().substring(0, 6);
		assertThatThrownBy(
				() -> this.editing.save(null, CampaignForm.from(CampaignForms.valid(key, today()), null), editor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.refunds.refund(gift.id(), "10", UUID.randomUUID().toString(), editor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.entries.income(new IncomeForm(UUID.randomUUID().toString(),
				campaign.id().toString(), "", "CASH", "10", today().toString(), ""), editor))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.campaigns.byKey(key)).isEmpty();
		assertThat(this.ledger.giftNet(gift.id())).isEqualTo(3000);
		assertThat(this.ledger.figures(campaign.id(), campaign.goalCents()).raisedCents()).isEqualTo(3000);
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

}
