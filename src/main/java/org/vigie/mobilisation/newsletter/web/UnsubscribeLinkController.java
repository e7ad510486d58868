package org.vigie.mobilisation.newsletter.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vigie.mobilisation.newsletter.NewsletterPaths;
import org.vigie.mobilisation.newsletter.NewsletterText;
import org.vigie.mobilisation.newsletter.UnsubscribeLinks;
import org.vigie.mobilisation.newsletter.Unsubscribing;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SitePaths;

/**
 * The unsubscribe link of every newsletter email. Opening it changes nothing (mail
 * scanners open links): it shows a button. A POST unsubscribes with no other check than
 * the link's key, whether it comes from that button or from a mail provider's one-click
 * unsubscribe (RFC 8058: {@code List-Unsubscribe=One-Click}, posted from the provider's
 * servers, so neither the origin nor a cookie can be asked for). Repeating it is
 * harmless.
 */
@Controller
class UnsubscribeLinkController {

	private final UnsubscribeLinks links;

	private final Unsubscribing unsubscribing;

	private final NewsletterText text;

	private final Clock clock;

	UnsubscribeLinkController(UnsubscribeLinks links, Unsubscribing unsubscribing, NewsletterText text, Clock clock) {
		this.links = links;
		this.unsubscribing = unsubscribing;
		this.text = text;
		this.clock = clock;
	}

	@GetMapping({ "/fr/lettre/desinscription/{key}", "/nl/nieuwsbrief/uitschrijven/{key}",
			"/en/newsletter/unsubscribe/{key}" })
	String show(Language language, @PathVariable String key, HttpServletResponse response, Model model) {
		page(language, model, "mobilisation.newsletter.unsubscribe.title");
		if (this.links.subscription(key).isEmpty()) {
			return unknown(language, response, model);
		}
		model.addAttribute("action", UnsubscribeLinks.base(language) + "/" + key);
		return "mobilisation/newsletter/unsubscribe";
	}

	@PostMapping({ "/fr/lettre/desinscription/{key}", "/nl/nieuwsbrief/uitschrijven/{key}",
			"/en/newsletter/unsubscribe/{key}" })
	String unsubscribe(Language language, @PathVariable String key, HttpServletResponse response, Model model) {
		page(language, model, "mobilisation.newsletter.unsubscribed.title");
		Optional<UUID> subscription = this.links.subscription(key);
		if (subscription.isEmpty()) {
			return unknown(language, response, model);
		}
		this.unsubscribing.unsubscribe(subscription.get(), this.clock.instant());
		model.addAttribute("heading", "mobilisation.newsletter.unsubscribed.title");
		model.addAttribute("message", "mobilisation.newsletter.unsubscribed.text");
		return "mobilisation/newsletter/sent";
	}

	private String unknown(Language language, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("heading", "mobilisation.newsletter.unsubscribe.title");
		model.addAttribute("message", "mobilisation.newsletter.unsubscribe.unknown");
		return "mobilisation/newsletter/sent";
	}

	private void page(Language language, Model model, String title) {
		MobilisationPages.page(model,
				PageMeta.of(language, this.text.text(title, language), "", NewsletterPaths.signup(language)));
		model.addAttribute("stylesheet", "/css/mobilisation-newsletter.css");
		model.addAttribute("homePath", SitePaths.home(language));
	}

}
