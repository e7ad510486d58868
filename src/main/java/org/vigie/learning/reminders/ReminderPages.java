package org.vigie.learning.reminders;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.vigie.learning.study.Study;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the reminders' pages show: the page's metadata in the cards' layout, the form with
 * a fresh token, the learner's reminders when they are on, a problem when there is one.
 */
@Component
class ReminderPages {

	static final String REMINDERS = "learning/reminders/reminders";

	static final String LINK = "learning/reminders/link";

	static final String UNSUBSCRIBE = "learning/reminders/unsubscribe";

	/** The notices a page may show after a form, by the word in its address. */
	static final Set<String> NOTICES = Set.of("sent", "confirmed", "signedIn", "changed", "off");

	/** The hour offered first. */
	static final int DEFAULT_HOUR = 18;

	private final ReminderRequests reminders;

	private final ReminderFormTokens tokens;

	private final MessageSource messages;

	private final Study study;

	private final Clock clock;

	ReminderPages(ReminderRequests reminders, ReminderFormTokens tokens, MessageSource messages, Study study,
			Clock clock) {
		this.reminders = reminders;
		this.tokens = tokens;
		this.messages = messages;
		this.study = study;
		this.clock = clock;
	}

	/** The reminders' page, for a learner or a new visitor. */
	void reminders(Model model, Language language, Optional<UUID> learner, ReminderRefused.Reason problem) {
		meta(model, language, "learning.reminders.title", "/reminders");
		Optional<Subscriptions.Subscription> subscription = learner.flatMap(this.reminders::of);
		model.addAttribute("subscription", subscription.orElse(null));
		model.addAttribute("hour", subscription.map(Subscriptions.Subscription::hour).orElse(DEFAULT_HOUR));
		model.addAttribute("chosenLanguage", subscription.map(Subscriptions.Subscription::language).orElse(language));
		model.addAttribute("hours", IntStream.range(0, 24).boxed().toList());
		model.addAttribute("languages", Language.all());
		model.addAttribute("token", this.tokens.issue(this.clock.instant()));
		model.addAttribute("action", CardsPaths.base(language) + "/reminders");
		model.addAttribute("problem", (problem != null) ? "learning.reminders.refused." + problem.name() : null);
	}

	/** The page that asks to follow an emailed link. */
	void link(Model model, Language language, MagicLinks.Purpose purpose, String token) {
		meta(model, language, "learning.reminders.link.title", "/sign-in");
		model.addAttribute("purpose", (purpose == MagicLinks.Purpose.CONFIRM) ? "confirm" : "signIn");
		model.addAttribute("link", token);
		model.addAttribute("action", CardsPaths.base(language) + "/sign-in");
	}

	/** The unsubscribe page, before or after. */
	void unsubscribe(Model model, Language language, String token, boolean done) {
		meta(model, language, "learning.reminders.unsubscribe.title", "/unsubscribe");
		model.addAttribute("link", token);
		model.addAttribute("done", done);
		model.addAttribute("action", CardsPaths.base(language) + "/unsubscribe");
		model.addAttribute("remindersPath", CardsPaths.base(language) + "/reminders");
	}

	private void meta(Model model, Language language, String title, String suffix) {
		String text = this.messages.getMessage(title, null, language.locale());
		model.addAttribute("meta", PageMeta
			.of(language, text, this.messages.getMessage("learning.reminders.description", null, language.locale()),
					CardsPaths.base(language) + suffix)
			.withTranslations(ReminderController.translations(suffix))
			.withBreadcrumbs(List
				.of(new PageMeta.Crumb(this.messages.getMessage("learning.decks.title", null, language.locale()),
						CardsPaths.base(language)))));
		model.addAttribute("stylesheet", "/css/learning-cards.css");
		model.addAttribute("zone", this.study.zone());
		model.addAttribute("cardsPath", CardsPaths.base(language));
	}

}
