package org.vigie.fundraising.selfservice;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.fundraising.web.GiveThrottle;
import org.vigie.fundraising.web.SupportFormTokens;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.site.Language;
import org.vigie.site.SameOrigin;

/**
 * The donor's way in: the page at {@code /fr/soutenir/mes-dons} (and its Dutch and
 * English twins, printed on flyers) asks for an email and always answers the same; the
 * emailed link shows a button that opens the page, so a mail scanner fetching the link
 * does not use it up; the donor's page then stays open in this browser for half an hour.
 */
@Controller
class MineController {

	private final LinkRequests requests;

	private final MinePages pages;

	private final CurrentDonor current;

	private final DonorCookie cookie;

	private final SupportFormTokens tokens;

	private final GiveThrottle throttle;

	private final Clock clock;

	MineController(LinkRequests requests, MinePages pages, CurrentDonor current, DonorCookie cookie,
			SupportFormTokens tokens, GiveThrottle throttle, Clock clock) {
		this.requests = requests;
		this.pages = pages;
		this.current = current;
		this.cookie = cookie;
		this.tokens = tokens;
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping({ "/fr/soutenir/mes-dons", "/nl/steunen/mijn-giften", "/en/support/my-gifts" })
	String page(Language language, @RequestParam(name = "t", required = false) String link,
			@RequestParam(required = false) String done, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (link != null) {
			if (!this.requests.usable(link, this.clock.instant())) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return this.pages.ask(model, language, "fundraising.selfservice.problem.badLink", null);
			}
			return this.pages.link(model, language, link);
		}
		return this.current.of(request)
			.map((donor) -> this.pages.donor(model, language, donor, null, done))
			.orElseGet(() -> this.pages.ask(model, language, null, done));
	}

	@PostMapping({ "/fr/soutenir/mes-dons", "/nl/steunen/mijn-giften", "/en/support/my-gifts" })
	String ask(Language language, @RequestParam(required = false) String email,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			Instant now = guard(request, token, MinePages.askScope(), true, GiveThrottle.Bucket.CLIENT_EMAILS);
			this.requests.ask(email, now);
		}
		catch (SelfServiceRefused refused) {
			response.setStatus(refused.status().value());
			return this.pages.ask(model, language, refused.code(), null);
		}
		return "redirect:" + SupportPaths.mine(language) + "?done=sent";
	}

	@PostMapping({ "/fr/soutenir/mes-dons/open", "/nl/steunen/mijn-giften/open", "/en/support/my-gifts/open" })
	String open(Language language, @RequestParam(name = "t", required = false) String link,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			Instant now = guard(request, token, MinePages.openScope(), false, GiveThrottle.Bucket.CLIENT_FORMS);
			this.cookie.write(response, this.requests.follow(link, now), now);
		}
		catch (SelfServiceRefused refused) {
			response.setStatus(refused.status().value());
			return this.pages.ask(model, language, refused.code(), null);
		}
		return "redirect:" + SupportPaths.mine(language);
	}

	@PostMapping({ "/fr/soutenir/mes-dons/leave", "/nl/steunen/mijn-giften/leave", "/en/support/my-gifts/leave" })
	String leave(Language language, HttpServletRequest request, HttpServletResponse response) {
		if (SameOrigin.sentFromHere(request)) {
			this.cookie.clear(response);
		}
		return "redirect:" + SupportPaths.mine(language) + "?done=left";
	}

	/** Checks where the form comes from, its token and the client's pace. */
	private Instant guard(HttpServletRequest request, String token, String scope, boolean humanPace,
			GiveThrottle.Bucket bucket) {
		if (!SameOrigin.sentFromHere(request)) {
			throw new SelfServiceRefused("origin", HttpStatus.FORBIDDEN);
		}
		Instant now = this.clock.instant();
		SupportFormTokens.Problem problem = this.tokens.check(token, scope, now, humanPace);
		if (problem != null) {
			throw new SelfServiceRefused("token." + problem.name(), HttpStatus.BAD_REQUEST);
		}
		if (!this.throttle.allow(bucket, request)) {
			throw new SelfServiceRefused("tooMany", HttpStatus.TOO_MANY_REQUESTS);
		}
		return now;
	}

}
