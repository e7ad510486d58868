package org.vigie.learning.reminders;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.web.LearnerThrottle;
import org.vigie.site.Language;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of a reminder. Opening it shows a button, since mail scanners open
 * links by themselves; one POST to it turns reminders off, from that button or straight
 * from a mail program's unsubscribe button (RFC 8058, which posts
 * {@code List-Unsubscribe=One-Click} from another origin and without a cookie). The
 * link's own keyed token is what proves the request, so no sign-in or form token is asked
 * for.
 */
@Controller
class UnsubscribeController {

	private final ReminderRequests reminders;

	private final ReminderPages pages;

	private final LearnerThrottle throttle;

	UnsubscribeController(ReminderRequests reminders, ReminderPages pages, LearnerThrottle throttle) {
		this.reminders = reminders;
		this.pages = pages;
		this.throttle = throttle;
	}

	@GetMapping({ "/fr/cartes/unsubscribe", "/nl/kaarten/unsubscribe", "/en/cards/unsubscribe" })
	String page(Language language, @RequestParam(name = "t", required = false) String token,
			HttpServletResponse response, Model model) {
		if (!this.reminders.canUnsubscribe(token)) {
			return refused(new ReminderRefused(ReminderRefused.Reason.BAD_UNSUBSCRIBE), language, response, model);
		}
		this.pages.unsubscribe(model, language, token, false);
		return ReminderPages.UNSUBSCRIBE;
	}

	@PostMapping({ "/fr/cartes/unsubscribe", "/nl/kaarten/unsubscribe", "/en/cards/unsubscribe" })
	String unsubscribe(Language language, @RequestParam(name = "t", required = false) String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			if (!this.throttle.allow(LearnerThrottle.Bucket.FORM, request)) {
				throw new ReminderRefused(ReminderRefused.Reason.TOO_MANY);
			}
			this.reminders.unsubscribe(token);
		}
		catch (ReminderRefused refused) {
			return refused(refused, language, response, model);
		}
		this.pages.unsubscribe(model, language, null, true);
		return ReminderPages.UNSUBSCRIBE;
	}

	private String refused(ReminderRefused refused, Language language, HttpServletResponse response, Model model) {
		response.setStatus(refused.reason().status());
		this.pages.unsubscribe(model, language, null, false);
		model.addAttribute("problem", "learning.reminders.refused." + refused.reason().name());
		return ReminderPages.UNSUBSCRIBE;
	}

}
