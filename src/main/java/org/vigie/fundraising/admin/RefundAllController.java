package org.vigie.fundraising.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.SiteProperties;

/**
 * Refunding every gift of an all-or-nothing campaign that closed below its goal: the
 * gifts paid through a provider are refunded by asking it, in one click that asks only
 * for what is not already on its way; the gifts paid by transfer are listed with what to
 * pay back from the bank, each marked paid back by the fundraiser once done.
 */
@Controller
class RefundAllController {

	private final CampaignStore campaigns;

	private final Ledger ledger;

	private final Gifts gifts;

	private final GiftQueries queries;

	private final Refunds refunds;

	private final AdminProblems problems;

	private final SiteProperties site;

	private final Clock clock;

	RefundAllController(CampaignStore campaigns, Ledger ledger, Gifts gifts, GiftQueries queries, Refunds refunds,
			AdminProblems problems, SiteProperties site, Clock clock) {
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.gifts = gifts;
		this.queries = queries;
		this.refunds = refunds;
		this.problems = problems;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(AdminPaths.CAMPAIGNS + "/{id}/refund-all")
	String page(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Campaign campaign = owing(id, me);
		model.addAttribute("done", Done.of(done));
		return page(campaign, null, me, model);
	}

	@PostMapping(AdminPaths.CAMPAIGNS + "/{id}/refund-all")
	String askProviders(@PathVariable String id, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		Campaign campaign = owing(id, me);
		int refused = 0;
		for (GiftRow row : this.queries.holdingMoney(campaign.id())) {
			Gift gift = this.gifts.byId(row.id()).orElseThrow();
			long left = this.refunds.refundable(gift);
			if (gift.provider() == null || gift.paymentRef() == null || left <= 0) {
				continue;
			}
			try {
				if (this.refunds.refund(gift.id(), Euros.typed(left), UUID.randomUUID().toString(),
						me) == Refunds.Outcome.PROVIDER_REFUSED) {
					refused++;
				}
			}
			catch (AdminRefused ex) {
				refused++;
			}
		}
		if (refused > 0) {
			response.setStatus(HttpStatus.BAD_GATEWAY.value());
			return page(campaign, this.problems.message("fundraising.admin.problem.someRefused",
					new Object[] { refused }, me.language().locale()), me, model);
		}
		return "redirect:" + AdminPaths.refundAll(campaign.id()) + "?done=refundAsked";
	}

	@PostMapping(AdminPaths.CAMPAIGNS + "/{id}/refund-all/{gift}")
	String paidBack(@PathVariable String id, @PathVariable String gift, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		Campaign campaign = owing(id, me);
		Gift chosen = AdminPaths.id(gift)
			.flatMap(this.gifts::byId)
			.filter((found) -> found.campaignId().equals(campaign.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		long left = this.refunds.refundable(chosen);
		if (left <= 0) {
			return "redirect:" + AdminPaths.refundAll(campaign.id()) + "?done=already";
		}
		// one key per gift: marking the same gift paid back again records nothing more
		String key = UUID.nameUUIDFromBytes(("refund-all:" + chosen.id()).getBytes(StandardCharsets.UTF_8)).toString();
		try {
			Refunds.Outcome outcome = this.refunds.refund(chosen.id(), Euros.typed(left), key, me);
			return "redirect:" + AdminPaths.refundAll(campaign.id()) + "?done=" + outcome.done();
		}
		catch (AdminRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(campaign, this.problems.of(refused, me.language().locale()), me, model);
		}
	}

	private String page(Campaign campaign, String problem, StaffIdentity me, Model model) {
		List<GiftRow> holding = this.queries.holdingMoney(campaign.id());
		model.addAttribute("campaign", campaign);
		model.addAttribute("title", campaign.text(me.language()).title());
		model.addAttribute("byProvider", holding.stream().filter((row) -> row.provider() != null).toList());
		model.addAttribute("byTransfer", holding.stream().filter((row) -> row.provider() == null).toList());
		model.addAttribute("problem", problem);
		return "fundraising/admin/refund-all";
	}

	/** The campaign, if it owes its donors their gifts back; else 404 or 409. */
	private Campaign owing(String id, StaffIdentity me) {
		Campaign campaign = CampaignAdminController.campaign(this.campaigns, id);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		CampaignRow row = CampaignRow.of(campaign, this.ledger.figures(campaign.id(), campaign.goalCents()),
				me.language(), today);
		if (!row.owesRefunds()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return campaign;
	}

}
