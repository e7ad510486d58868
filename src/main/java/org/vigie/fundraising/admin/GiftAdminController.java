package org.vigie.fundraising.admin;

import org.vigie.site.FormValues;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.identity.StaffIdentity;

/**
 * A campaign's gifts, narrowed by status, method and month, and a gift's own page with
 * its ledger entries and the refund form.
 */
@Controller
class GiftAdminController {

	private final CampaignStore campaigns;

	private final Gifts gifts;

	private final GiftQueries queries;

	private final Ledger ledger;

	private final Refunds refunds;

	private final AdminProblems problems;

	GiftAdminController(CampaignStore campaigns, Gifts gifts, GiftQueries queries, Ledger ledger, Refunds refunds,
			AdminProblems problems) {
		this.campaigns = campaigns;
		this.gifts = gifts;
		this.queries = queries;
		this.ledger = ledger;
		this.refunds = refunds;
		this.problems = problems;
	}

	@GetMapping(AdminPaths.CAMPAIGNS + "/{id}/gifts")
	String list(@PathVariable String id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String method, @RequestParam(required = false) String month,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Campaign campaign = CampaignAdminController.campaign(this.campaigns, id);
		String chosenStatus = known(status, GiftStatus.values());
		String chosenMethod = known(method, PaymentMethod.values());
		YearMonth chosenMonth = month(month);
		List<GiftRow> rows = this.queries.ofCampaign(campaign.id(), chosenStatus, chosenMethod, chosenMonth);
		model.addAttribute("campaign", campaign);
		model.addAttribute("title", campaign.text(me.language()).title());
		model.addAttribute("gifts", rows);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("method", chosenMethod);
		model.addAttribute("month", (chosenMonth != null) ? chosenMonth.toString() : "");
		model.addAttribute("statuses", GiftStatus.values());
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("limit", GiftQueries.LIMIT);
		return "fundraising/admin/gifts";
	}

	@GetMapping(AdminPaths.GIFTS + "/{id}")
	String gift(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		model.addAttribute("done", Done.of(done));
		return page(gift(id), null, "", me, model);
	}

	@PostMapping(AdminPaths.GIFTS + "/{id}/refund")
	String refund(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Gift gift = gift(id);
		FormValues values = new FormValues(fields, 25_000);
		try {
			Refunds.Outcome outcome = this.refunds.refund(gift.id(), values.text("amount"), values.text("key"), me);
			return "redirect:" + AdminPaths.gift(gift.id()) + "?done=" + outcome.done();
		}
		catch (AdminRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(gift, this.problems.of(refused, me.language().locale()), values.text("amount"), me, model);
		}
	}

	private String page(Gift gift, String problem, String amount, StaffIdentity me, Model model) {
		Campaign campaign = this.campaigns.byId(gift.campaignId()).orElseThrow();
		long refundable = this.refunds.refundable(gift);
		model.addAttribute("gift", gift);
		model.addAttribute("campaign", campaign);
		model.addAttribute("campaignTitle", campaign.text(me.language()).title());
		model.addAttribute("entries", this.ledger.ofGift(gift.id()));
		model.addAttribute("net", this.ledger.giftNet(gift.id()));
		model.addAttribute("refundable", refundable);
		model.addAttribute("byProvider", gift.provider() != null && gift.paymentRef() != null);
		model.addAttribute("amount", amount.isEmpty() ? Euros.typed(refundable) : amount);
		model.addAttribute("formKey", UUID.randomUUID());
		model.addAttribute("problem", problem);
		return "fundraising/admin/gift";
	}

	private Gift gift(String id) {
		return AdminPaths.id(id)
			.flatMap(this.gifts::byId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String known(String value, Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).filter((name) -> name.equals(value)).findFirst().orElse(null);
	}

	private static YearMonth month(String value) {
		if (value == null || value.length() != 7) {
			return null;
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
