package org.vigie.learning.offline;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.web.CurrentLearner;
import org.vigie.learning.web.LearnerThrottle;
import org.vigie.site.Language;
import org.vigie.site.SameOrigin;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The offline app's data: a deck with the learner's schedule to keep on the device, and
 * the answers it gave offline coming back. Both need the learner's device key: the
 * offline copy is offered once a first card was answered online, which is when a learner
 * is created, so that answers synced later always have a schedule to join. The sync
 * accepts only what the app sends: a request from this site, with a header a plain form
 * cannot add, as JSON within the limits of {@link SyncReader}.
 */
@RestController
class OfflineDataController {

	private final DeckStore decks;

	private final OfflineDecks offlineDecks;

	private final OfflineSync sync;

	private final CurrentLearner learners;

	private final LearnerThrottle throttle;

	private final MessageSource messages;

	private final Clock clock;

	OfflineDataController(DeckStore decks, OfflineDecks offlineDecks, OfflineSync sync, CurrentLearner learners,
			LearnerThrottle throttle, MessageSource messages, Clock clock) {
		this.decks = decks;
		this.offlineDecks = offlineDecks;
		this.sync = sync;
		this.learners = learners;
		this.throttle = throttle;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/fr/cartes/offline/decks/{slug}.json", "/nl/kaarten/offline/decks/{slug}.json",
			"/en/cards/offline/decks/{slug}.json" })
	DeckData deck(Language language, @PathVariable String slug, HttpServletRequest request) {
		UUID learner = learner(request);
		Deck deck = this.decks.publishedBySlug(language, slug)
			.orElseThrow(() -> new SyncRefused(HttpStatus.NOT_FOUND, "noDeck"));
		return this.offlineDecks.of(learner, deck, language, this.clock.instant());
	}

	@PostMapping({ "/fr/cartes/sync", "/nl/kaarten/sync", "/en/cards/sync" })
	SyncReport sync(Language language, HttpServletRequest request, HttpServletResponse response) {
		if (!SameOrigin.sentFromHere(request) || !"1".equals(request.getHeader(SyncReader.HEADER))) {
			throw new SyncRefused(HttpStatus.FORBIDDEN, "notTheApp");
		}
		if (!this.throttle.allow(LearnerThrottle.Bucket.FORM, request)) {
			throw new SyncRefused(HttpStatus.TOO_MANY_REQUESTS, "tooFast");
		}
		UUID learner = learner(request);
		SyncBatch batch = SyncReader.read(request);
		SyncReport report = this.sync.apply(learner, language, batch, this.clock.instant());
		this.learners.renew(request, response);
		return report;
	}

	@ExceptionHandler(SyncRefused.class)
	ResponseEntity<Problem> refused(SyncRefused refused, Language language) {
		return ResponseEntity.status(refused.status())
			.body(new Problem(refused.code(),
					this.messages.getMessage("learning.offline.error." + refused.code(), null, language.locale())));
	}

	private UUID learner(HttpServletRequest request) {
		return this.learners.of(request).orElseThrow(() -> new SyncRefused(HttpStatus.UNAUTHORIZED, "noLearner"));
	}

	/**
	 * Why a request was refused as a whole; nothing was applied.
	 *
	 * @param error a stable code for the app
	 * @param message the reason in the learner's language
	 */
	record Problem(String error, String message) {

	}

}
