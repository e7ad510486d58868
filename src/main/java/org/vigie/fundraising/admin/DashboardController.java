package org.vigie.fundraising.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The fundraisers' home: every campaign with its figures from the ledger, the monthly
 * gifts whose payments fail with what to do about them, the latest gifts, and the way to
 * the other pages.
 */
@Controller
class DashboardController {

	/** How many of the latest gifts the dashboard lists. */
	static final int LATEST = 20;

	private final CampaignStore campaigns;

	private final Ledger ledger;

	private final Monthlies monthlies;

	private final GiftQueries gifts;

	private final SiteProperties site;

	private final Clock clock;

	DashboardController(CampaignStore campaigns, Ledger ledger, Monthlies monthlies, GiftQueries gifts,
			SiteProperties site, Clock clock) {
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.monthlies = monthlies;
		this.gifts = gifts;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(AdminPaths.BASE)
	String dashboard(@RequestParam(required = false) String done, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		Language language = me.language();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		List<CampaignRow> rows = this.campaigns.all()
			.stream()
			.map((campaign) -> CampaignRow.of(campaign, this.ledger.figures(campaign.id(), campaign.goalCents()),
					language, today))
			.toList();
		Map<UUID, String> titles = this.campaigns.all()
			.stream()
			.collect(Collectors.toMap(Campaign::id, (campaign) -> campaign.text(language).title()));
		model.addAttribute("campaigns", rows);
		model.addAttribute("titles", titles);
		model.addAttribute("failing", this.monthlies.failing());
		model.addAttribute("maxFailures", Monthlies.MAX_FAILURES);
		model.addAttribute("latest", this.gifts.latest(LATEST));
		model.addAttribute("done", Done.of(done));
		return "fundraising/admin/dashboard";
	}

}
