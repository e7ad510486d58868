package org.vigie.fundraising.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.web.GiveThrottle;
import org.vigie.fundraising.web.SupportFormTokens;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.site.Language;
import org.vigie.site.SameOrigin;

/**
 * What a donor does on their page: each action is a form of its own, sent from this site
 * with its own token bound to the donor, by a browser whose page is open; anything else
 * is refused on the page with what went wrong, and nothing changes. Certificates are
 * served only to their donor: another's is not found.
 */
@Controller
class MineActionsController {

	private final SelfServiceActions actions;

	private final DonorCertificates certificates;

	private final MinePages pages;

	private final CurrentDonor current;

	private final DonorCookie cookie;

	private final SupportFormTokens tokens;

	private final GiveThrottle throttle;

	private final Clock clock;

	MineActionsController(SelfServiceActions actions, DonorCertificates certificates, MinePages pages,
			CurrentDonor current, DonorCookie cookie, SupportFormTokens tokens, GiveThrottle throttle, Clock clock) {
		this.actions = actions;
		this.certificates = certificates;
		this.pages = pages;
		this.current = current;
		this.cookie = cookie;
		this.tokens = tokens;
		this.throttle = throttle;
		this.clock = clock;
	}

	@PostMapping({ "/fr/soutenir/mes-dons/monthly/{id}/amount", "/nl/steunen/mijn-giften/monthly/{id}/amount",
			"/en/support/my-gifts/monthly/{id}/amount" })
	String change(Language language, @PathVariable String id, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return act(language, "amount", token, request, response, model, (donor, now) -> {
			this.actions.changeMonthly(donor.id(), monthly(id), amount);
			return "changed";
		});
	}

	@PostMapping({ "/fr/soutenir/mes-dons/monthly/{id}/stop", "/nl/steunen/mijn-giften/monthly/{id}/stop",
			"/en/support/my-gifts/monthly/{id}/stop" })
	String stop(Language language, @PathVariable String id, @RequestParam(required = false) String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		return act(language, "stop", token, request, response, model, (donor, now) -> {
			this.actions.stopMonthly(donor.id(), monthly(id), now);
			return "stopped";
		});
	}

	@PostMapping({ "/fr/soutenir/mes-dons/national-number", "/nl/steunen/mijn-giften/national-number",
			"/en/support/my-gifts/national-number" })
	String replaceNumber(Language language, @RequestParam(required = false) String nationalNumber,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return act(language, "number", token, request, response, model, (donor, now) -> {
			this.actions.replaceNationalNumber(donor.id(), nationalNumber);
			return "number";
		});
	}

	@PostMapping({ "/fr/soutenir/mes-dons/national-number/remove", "/nl/steunen/mijn-giften/national-number/remove",
			"/en/support/my-gifts/national-number/remove" })
	String withdrawNumber(Language language, @RequestParam(required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return act(language, "withdraw", token, request, response, model, (donor, now) -> {
			this.actions.withdrawNationalNumber(donor.id());
			return "withdrawn";
		});
	}

	@PostMapping({ "/fr/soutenir/mes-dons/erase", "/nl/steunen/mijn-giften/erase", "/en/support/my-gifts/erase" })
	String erase(Language language, @RequestParam(required = false) String confirm,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return act(language, "erase", token, request, response, model, (donor, now) -> {
			this.actions.erase(donor.id(), "yes".equals(confirm), now);
			this.cookie.clear(response);
			return "erased";
		});
	}

	@GetMapping({ "/fr/soutenir/mes-dons/certificates/{id}", "/nl/steunen/mijn-giften/certificates/{id}",
			"/en/support/my-gifts/certificates/{id}" })
	ResponseEntity<byte[]> certificate(@PathVariable String id, HttpServletRequest request) {
		Donor donor = this.current.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		DonorCertificates.Issued.Pdf pdf = uuid(id)
			.flatMap((certificate) -> this.certificates.pdf(donor.id(), certificate))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("certificate-" + pdf.name() + ".pdf").build().toString())
			.body(pdf.bytes());
	}

	/**
	 * Runs an action for the donor whose page is open, once its form is found genuine;
	 * then back to the page with what was done, or the page again with what went wrong.
	 */
	private String act(Language language, String action, String token, HttpServletRequest request,
			HttpServletResponse response, Model model, Action body) {
		Optional<Donor> donor = this.current.of(request);
		if (donor.isEmpty()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return this.pages.ask(model, language, "fundraising.selfservice.problem.closed", null);
		}
		try {
			Instant now = this.clock.instant();
			if (!SameOrigin.sentFromHere(request)) {
				throw new SelfServiceRefused("origin", HttpStatus.FORBIDDEN);
			}
			SupportFormTokens.Problem problem = this.tokens.check(token, MinePages.scope(action, donor.get().id()), now,
					false);
			if (problem != null) {
				throw new SelfServiceRefused("token." + problem.name(), HttpStatus.BAD_REQUEST);
			}
			if (!this.throttle.allow(GiveThrottle.Bucket.CLIENT_FORMS, request)) {
				throw new SelfServiceRefused("tooMany", HttpStatus.TOO_MANY_REQUESTS);
			}
			return "redirect:" + SupportPaths.mine(language) + "?done=" + body.run(donor.get(), now);
		}
		catch (SelfServiceRefused refused) {
			response.setStatus(refused.status().value());
			return this.pages.donor(model, language, donor.get(), refused.code(), null);
		}
	}

	private static UUID monthly(String id) {
		return uuid(id).orElseThrow(() -> new SelfServiceRefused("monthly", HttpStatus.NOT_FOUND));
	}

	private static Optional<UUID> uuid(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** An action on the donor's page, answering the notice to show once it is done. */
	@FunctionalInterface
	private interface Action {

		String run(Donor donor, Instant now);

	}

}
