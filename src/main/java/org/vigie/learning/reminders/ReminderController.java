package org.vigie.learning.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.web.CardsPaths;
import org.vigie.learning.web.CurrentLearner;
import org.vigie.learning.web.LearnerThrottle;
import org.vigie.site.Language;
import org.vigie.site.SameOrigin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reminders' page: ask for reminders (or a sign-in link), change them, turn them off.
 * Every form checks that it was sent from this site and carries a
 * {@link ReminderFormTokens token}; asking for an email is also limited per network and
 * per address. Problems are shown on the same page and change nothing.
 */
@Controller
class ReminderController {

	private final ReminderRequests reminders;

	private final ReminderPages pages;

	private final ReminderFormTokens tokens;

	private final CurrentLearner learners;

	private final LearnerThrottle throttle;

	private final Clock clock;

	ReminderController(ReminderRequests reminders, ReminderPages pages, ReminderFormTokens tokens,
			CurrentLearner learners, LearnerThrottle throttle, Clock clock) {
		this.reminders = reminders;
		this.pages = pages;
		this.tokens = tokens;
		this.learners = learners;
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping({ "/fr/cartes/reminders", "/nl/kaarten/reminders", "/en/cards/reminders" })
	String page(Language language, @RequestParam(required = false) String done, HttpServletRequest request,
			Model model) {
		this.pages.reminders(model, language, this.learners.of(request), null);
		if (done != null && ReminderPages.NOTICES.contains(done)) {
			model.addAttribute("notice", "learning.reminders.done." + done);
		}
		return ReminderPages.REMINDERS;
	}

	@PostMapping({ "/fr/cartes/reminders", "/nl/kaarten/reminders", "/en/cards/reminders" })
	String ask(Language language, @RequestParam(required = false) String email,
			@RequestParam(required = false) String hour,
			@RequestParam(name = "language", required = false) String chosen,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			return ask(language, email, hour, chosen, token, request);
		}
		catch (ReminderRefused refused) {
			return refused(refused, language, request, response, model);
		}
	}

	private String ask(Language language, String email, String hour, String chosen, String token,
			HttpServletRequest request) {
		Instant now = guard(request, token);
		ReminderChoices.email(email);
		ReminderChoices.hour(hour);
		ReminderChoices.language(chosen);
		if (!this.throttle.allow(LearnerThrottle.Bucket.EMAIL, request)) {
			throw new ReminderRefused(ReminderRefused.Reason.TOO_MANY);
		}
		this.reminders.ask(email, hour, chosen, this.learners.of(request).orElse(null), now);
		return "redirect:" + CardsPaths.base(language) + "/reminders?done=sent";
	}

	@PostMapping({ "/fr/cartes/reminders/settings", "/nl/kaarten/reminders/settings", "/en/cards/reminders/settings" })
	String change(Language language, @RequestParam(required = false) String hour,
			@RequestParam(name = "language", required = false) String chosen,
			@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			guard(request, token);
			this.reminders.change(this.learners.of(request).orElse(null), hour, chosen);
			return "redirect:" + CardsPaths.base(language) + "/reminders?done=changed";
		}
		catch (ReminderRefused refused) {
			return refused(refused, language, request, response, model);
		}
	}

	@PostMapping({ "/fr/cartes/reminders/off", "/nl/kaarten/reminders/off", "/en/cards/reminders/off" })
	String off(Language language, @RequestParam(required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			guard(request, token);
			this.reminders.off(this.learners.of(request).orElse(null));
			return "redirect:" + CardsPaths.base(language) + "/reminders?done=off";
		}
		catch (ReminderRefused refused) {
			return refused(refused, language, request, response, model);
		}
	}

	@GetMapping({ "/fr/cartes/sign-in", "/nl/kaarten/sign-in", "/en/cards/sign-in" })
	String link(Language language, @RequestParam(name = "t", required = false) String link, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<MagicLinks.Purpose> purpose = this.reminders.peek(link, this.clock.instant());
		if (purpose.isEmpty()) {
			return refused(new ReminderRefused(ReminderRefused.Reason.BAD_LINK), language, request, response, model);
		}
		this.pages.link(model, language, purpose.get(), link);
		return ReminderPages.LINK;
	}

	@PostMapping({ "/fr/cartes/sign-in", "/nl/kaarten/sign-in", "/en/cards/sign-in" })
	String follow(Language language, @RequestParam(name = "t", required = false) String link,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		ReminderRequests.Followed followed;
		try {
			if (!SameOrigin.sentFromHere(request) || !this.throttle.allow(LearnerThrottle.Bucket.FORM, request)) {
				throw new ReminderRefused(ReminderRefused.Reason.BAD_FORM);
			}
			Optional<UUID> current = this.learners.of(request);
			followed = this.reminders.follow(link, current.orElse(null), this.clock.instant());
		}
		catch (ReminderRefused refused) {
			return refused(refused, language, request, response, model);
		}
		if (followed.deviceKey() != null) {
			this.learners.keep(response, request, followed.deviceKey());
		}
		String done = (followed.purpose() == MagicLinks.Purpose.CONFIRM) ? "confirmed" : "signedIn";
		return "redirect:" + CardsPaths.base(followed.language()) + "/reminders?done=" + done;
	}

	/**
	 * The page again, with what was wrong: rendered by the handler itself, whose model
	 * has the site's layout (an exception handler's would not).
	 */
	private String refused(ReminderRefused refused, Language language, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setStatus(refused.reason().status());
		this.pages.reminders(model, language, this.learners.of(request), refused.reason());
		return ReminderPages.REMINDERS;
	}

	private Instant guard(HttpServletRequest request, String token) {
		Instant now = this.clock.instant();
		if (!SameOrigin.sentFromHere(request) || !this.tokens.valid(token, now)) {
			throw new ReminderRefused(ReminderRefused.Reason.BAD_FORM);
		}
		if (!this.throttle.allow(LearnerThrottle.Bucket.FORM, request)) {
			throw new ReminderRefused(ReminderRefused.Reason.TOO_MANY);
		}
		return now;
	}

	static Map<Language, String> translations(String suffix) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, CardsPaths.base(other) + suffix));
		return translations;
	}

}
