package org.vigie.fundraising.reconciliation;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.vigie.fundraising.banking.BankingRefused;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.identity.StaffIdentity;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review queue: the credits no gift was found for, each with its candidate gifts and
 * three decisions (it pays this gift, it is income of a campaign, it is set aside). A
 * decision refused says why on the same page and changes nothing.
 */
@Controller
class ReviewController {

	/** Lines shown at once; the rest come as these are decided. */
	static final int PAGE = 50;

	private final ReviewQueue queue;

	private final ReviewDecisions decisions;

	private final Gifts gifts;

	private final CampaignStore campaigns;

	private final Clock clock;

	ReviewController(ReviewQueue queue, ReviewDecisions decisions, Gifts gifts, CampaignStore campaigns, Clock clock) {
		this.queue = queue;
		this.decisions = decisions;
		this.gifts = gifts;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@GetMapping(ReconciliationPaths.REVIEW)
	String queue(@RequestParam(required = false) String done, @AuthenticationPrincipal StaffIdentity me, Model model) {
		return page(me, model, "decided".equals(done) ? "fundraising.reconciliation.review.decided" : null, null);
	}

	@PostMapping(ReconciliationPaths.REVIEW + "/{line}/match")
	String match(@PathVariable long line, @RequestParam(required = false) String gift,
			@RequestParam(required = false) String communication, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		try {
			this.decisions.match(line, chosenGift(gift, communication), me.email(), this.clock.instant());
			return "redirect:" + ReconciliationPaths.REVIEW + "?done=decided";
		}
		catch (DecisionRefused refused) {
			return refused(refused, me, response, model);
		}
	}

	@PostMapping(ReconciliationPaths.REVIEW + "/{line}/income")
	String income(@PathVariable long line, @RequestParam(required = false) String campaign,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		try {
			this.decisions.income(line, uuid(campaign), me.email(), this.clock.instant());
			return "redirect:" + ReconciliationPaths.REVIEW + "?done=decided";
		}
		catch (DecisionRefused refused) {
			return refused(refused, me, response, model);
		}
	}

	@PostMapping(ReconciliationPaths.REVIEW + "/{line}/ignore")
	String ignore(@PathVariable long line, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		try {
			this.decisions.ignore(line, reason, me.email(), this.clock.instant());
			return "redirect:" + ReconciliationPaths.REVIEW + "?done=decided";
		}
		catch (DecisionRefused refused) {
			return refused(refused, me, response, model);
		}
	}

	/**
	 * The gift picked among the candidates, else the one whose communication was typed.
	 */
	private UUID chosenGift(String gift, String communication) {
		if (gift != null && !gift.isBlank()) {
			return uuid(gift);
		}
		if (communication == null || communication.isBlank()) {
			throw new DecisionRefused("noGift");
		}
		try {
			return this.gifts.byCommunication(StructuredCommunication.parse(communication))
				.map(Gift::id)
				.orElseThrow(() -> new DecisionRefused("unknownGift"));
		}
		catch (BankingRefused ex) {
			throw new DecisionRefused("communication");
		}
	}

	private static UUID uuid(String text) {
		try {
			return (text == null || text.length() != 36) ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String refused(DecisionRefused refused, StaffIdentity me, HttpServletResponse response, Model model) {
		boolean conflict = refused.code().endsWith("alreadyDecided") || refused.code().endsWith("alreadyRecorded");
		response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
		return page(me, model, null, refused.code());
	}

	private String page(StaffIdentity me, Model model, String done, String problem) {
		model.addAttribute("lines", this.queue.awaiting(PAGE));
		model.addAttribute("waiting", this.queue.waiting());
		model.addAttribute("campaigns", this.campaigns.all());
		model.addAttribute("language", me.language());
		model.addAttribute("shown", new Shown(me.language()));
		model.addAttribute("done", done);
		model.addAttribute("problem", problem);
		return "fundraising/reconciliation/review";
	}

}
