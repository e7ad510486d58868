package org.vigie.learning.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.study.Answered;
import org.vigie.learning.study.Progress;
import org.vigie.learning.study.Question;
import org.vigie.learning.study.ReviewLog;
import org.vigie.learning.study.Study;
import org.vigie.learning.study.StudyRefused;
import org.vigie.learning.study.TripPlan;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The learner's pages: the decks, a deck with the learner's progress and trip date, the
 * next card, the feedback after an answer. Everything works without JavaScript; an answer
 * is a form sent to the server, which grades it and answers with a redirect to the
 * feedback, so that reloading the feedback never answers twice.
 */
@Controller
class CardsController {

	static final String STYLESHEET = "/css/learning-cards.css";

	private final DeckStore decks;

	private final Study study;

	private final Progress progress;

	private final ReviewLog log;

	private final CurrentLearner learners;

	private final LearnerThrottle throttle;

	private final MessageSource messages;

	private final Clock clock;

	CardsController(DeckStore decks, Study study, Progress progress, ReviewLog log, CurrentLearner learners,
			LearnerThrottle throttle, MessageSource messages, Clock clock) {
		this.decks = decks;
		this.study = study;
		this.progress = progress;
		this.log = log;
		this.learners = learners;
		this.throttle = throttle;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/fr/cartes", "/nl/kaarten", "/en/cards" })
	String decks(Language language, HttpServletRequest request, Model model) {
		Optional<UUID> learner = this.learners.of(request);
		Instant now = this.clock.instant();
		List<DeckEntry> entries = this.decks.published()
			.stream()
			.map((deck) -> new DeckEntry(deck.text(language).title(), deck.text(language).summary(),
					CardsPaths.deck(language, deck), deck.audience().name().toLowerCase(java.util.Locale.ROOT),
					this.decks.cards(deck.id()).size(),
					learner.map((id) -> this.progress.of(id, deck, now, now)).orElse(null)))
			.toList();
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, CardsPaths.base(other)));
		page(model,
				PageMeta
					.of(language, text("learning.decks.title", language), text("learning.decks.description", language),
							CardsPaths.base(language))
					.withTranslations(translations));
		model.addAttribute("decks", entries);
		return "learning/cards/decks";
	}

	@GetMapping({ "/fr/cartes/{slug}", "/nl/kaarten/{slug}", "/en/cards/{slug}" })
	String deck(Language language, @PathVariable String slug, HttpServletRequest request, Model model) {
		Deck deck = deck(language, slug);
		Optional<UUID> learner = this.learners.of(request);
		Instant now = this.clock.instant();
		page(model, deckMeta(language, deck, deck.text(language).title(), ""));
		model.addAttribute("deck", deck);
		model.addAttribute("text", deck.text(language));
		model.addAttribute("cards", this.decks.cards(deck.id()).size());
		model.addAttribute("studyPath", CardsPaths.study(language, deck));
		model.addAttribute("deckPath", CardsPaths.deck(language, deck));
		model.addAttribute("today", LocalDate.ofInstant(now, this.study.zone()));
		learner.ifPresent((id) -> {
			Optional<TripPlan> trip = this.study.trip(id, deck);
			model.addAttribute("progress", this.progress.of(id, deck, now, now));
			trip.ifPresent((plan) -> {
				model.addAttribute("trip", plan);
				model.addAttribute("tripProgress", this.progress.of(id, deck, plan.start(), now));
			});
		});
		return "learning/cards/deck";
	}

	@GetMapping({ "/fr/cartes/{slug}/study", "/nl/kaarten/{slug}/study", "/en/cards/{slug}/study" })
	String question(Language language, @PathVariable String slug, HttpServletRequest request, Model model) {
		Deck deck = deck(language, slug);
		Optional<UUID> learner = this.learners.of(request);
		Instant now = this.clock.instant();
		Optional<Question> question = this.study.next(learner.orElse(null), deck, now);
		page(model, deckMeta(language, deck, deck.text(language).title(), "/study"));
		model.addAttribute("deck", deck);
		model.addAttribute("text", deck.text(language));
		model.addAttribute("deckPath", CardsPaths.deck(language, deck));
		model.addAttribute("studyPath", CardsPaths.study(language, deck));
		if (question.isEmpty()) {
			learner.ifPresent((id) -> model.addAttribute("progress", this.progress.of(id, deck, now, now)));
			return "learning/cards/done";
		}
		model.addAttribute("question", question.get());
		model.addAttribute("card", question.get().card().text(language));
		model.addAttribute("options", options(question.get().card(), language));
		return "learning/cards/question";
	}

	@PostMapping({ "/fr/cartes/{slug}/study", "/nl/kaarten/{slug}/study", "/en/cards/{slug}/study" })
	String answer(Language language, @PathVariable String slug, @RequestParam(required = false) String card,
			@RequestParam(required = false) String choice, @RequestParam(required = false) String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Deck deck = deck(language, slug);
		guard(request);
		try {
			return applyAnswer(language, deck, card, choice, token, request, response);
		}
		catch (StudyRefused refused) {
			return refused(refused, language, deck, response, model);
		}
	}

	private String applyAnswer(Language language, Deck deck, String card, String choice, String token,
			HttpServletRequest request, HttpServletResponse response) {
		UUID cardId = uuid(card).orElseThrow(() -> new StudyRefused(StudyRefused.Reason.NOT_IN_DECK));
		int chosen = number(choice);
		Optional<UUID> learner = this.learners.of(request);
		if (learner.isEmpty() && !this.throttle.allow(LearnerThrottle.Bucket.NEW_LEARNER, request)) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		Study.Outcome outcome = this.study.answer(learner.orElse(null), language, deck, cardId, chosen, token,
				this.clock.instant());
		if (outcome.newDeviceKey() != null) {
			this.learners.keep(response, request, outcome.newDeviceKey());
		}
		else {
			this.learners.renew(request, response);
		}
		return "redirect:" + CardsPaths.study(language, deck) + "/answer?card=" + cardId;
	}

	@GetMapping({ "/fr/cartes/{slug}/study/answer", "/nl/kaarten/{slug}/study/answer",
			"/en/cards/{slug}/study/answer" })
	String feedback(Language language, @PathVariable String slug, @RequestParam(required = false) String card,
			HttpServletRequest request, Model model) {
		Deck deck = deck(language, slug);
		UUID learner = this.learners.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StudyCard studyCard = uuid(card).flatMap((id) -> this.decks.card(deck.id(), id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReviewLog.LastAnswer last = this.log.last(learner, studyCard.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Answered answered = new Answered(studyCard, last.chosen(), studyCard.isRight(last.chosen()), null);
		page(model, deckMeta(language, deck, deck.text(language).title(), "/study"));
		model.addAttribute("deck", deck);
		model.addAttribute("text", deck.text(language));
		model.addAttribute("deckPath", CardsPaths.deck(language, deck));
		model.addAttribute("studyPath", CardsPaths.study(language, deck));
		model.addAttribute("answered", answered);
		model.addAttribute("card", studyCard.text(language));
		model.addAttribute("options", options(studyCard, language));
		model.addAttribute("reportPath", studyCard.linksReport() ? CardsPaths.reportLine(language) : null);
		return "learning/cards/feedback";
	}

	@PostMapping({ "/fr/cartes/{slug}/trip", "/nl/kaarten/{slug}/trip", "/en/cards/{slug}/trip" })
	String trip(Language language, @PathVariable String slug, @RequestParam(required = false) String departure,
			@RequestParam(required = false) String clear, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Deck deck = deck(language, slug);
		guard(request);
		try {
			return applyTrip(language, deck, departure, clear, request);
		}
		catch (StudyRefused refused) {
			return refused(refused, language, deck, response, model);
		}
	}

	private String applyTrip(Language language, Deck deck, String departure, String clear, HttpServletRequest request) {
		UUID learner = this.learners.of(request).orElseThrow(() -> new StudyRefused(StudyRefused.Reason.BAD_TRIP_DATE));
		LocalDate date = null;
		if (clear == null) {
			try {
				date = LocalDate.parse(String.valueOf(departure).strip());
			}
			catch (DateTimeParseException ex) {
				throw new StudyRefused(StudyRefused.Reason.BAD_TRIP_DATE);
			}
		}
		this.study.setTrip(learner, deck, date, this.clock.instant());
		return "redirect:" + CardsPaths.deck(language, deck) + ((date != null) ? "?trip=set" : "?trip=cleared");
	}

	/**
	 * The page saying why an answer or a date was not taken; the schedule is unchanged.
	 */
	private String refused(StudyRefused refused, Language language, Deck deck, HttpServletResponse response,
			Model model) {
		response.setStatus((refused.reason() == StudyRefused.Reason.ALREADY_ANSWERED
				|| refused.reason() == StudyRefused.Reason.NOT_DUE) ? HttpStatus.CONFLICT.value()
						: HttpStatus.BAD_REQUEST.value());
		page(model, deckMeta(language, deck, text("learning.refused.title", language), ""));
		model.addAttribute("reason", "learning.refused." + refused.reason().name());
		model.addAttribute("back", CardsPaths.deck(language, deck));
		return "learning/cards/refused";
	}

	private void guard(HttpServletRequest request) {
		if (!SameOrigin.sentFromHere(request)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!this.throttle.allow(LearnerThrottle.Bucket.FORM, request)) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
	}

	private Deck deck(Language language, String slug) {
		return this.decks.publishedBySlug(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private PageMeta deckMeta(Language language, Deck deck, String title, String suffix) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, CardsPaths.deck(other, deck) + suffix));
		return PageMeta.of(language, title, deck.text(language).summary(), CardsPaths.deck(language, deck) + suffix)
			.withTranslations(translations)
			.withBreadcrumbs(
					List.of(new PageMeta.Crumb(text("learning.decks.title", language), CardsPaths.base(language)),
							new PageMeta.Crumb(deck.text(language).title(), CardsPaths.deck(language, deck))));
	}

	private void page(Model model, PageMeta meta) {
		model.addAttribute("meta", meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("zone", this.study.zone());
		model.addAttribute("basePath", CardsPaths.base(meta.language()));
	}

	private List<String> options(StudyCard card, Language language) {
		if (card.kind() == org.vigie.learning.decks.CardKind.TRUE_FALSE) {
			return List.of(text("learning.card.true", language), text("learning.card.false", language));
		}
		return card.text(language).options();
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
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

	private static int number(String value) {
		if (value == null || value.length() > 2) {
			throw new StudyRefused(StudyRefused.Reason.BAD_CHOICE);
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new StudyRefused(StudyRefused.Reason.BAD_CHOICE);
		}
	}

	/**
	 * A deck on the list.
	 *
	 * @param title its title
	 * @param summary what it is about
	 * @param path its page
	 * @param audience {@code public} or {@code professional}
	 * @param cards how many cards it has
	 * @param progress the learner's progress, or {@code null} for a new visitor
	 */
	record DeckEntry(String title, String summary, String path, String audience, int cards,
			Progress.DeckProgress progress) {

	}

}
