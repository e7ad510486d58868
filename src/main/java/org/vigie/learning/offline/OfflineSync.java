package org.vigie.learning.offline;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.learners.Learners;
import org.vigie.learning.study.Answered;
import org.vigie.learning.study.Study;
import org.vigie.learning.study.StudyRefused;
import org.vigie.site.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Applies a batch of answers a device gave offline, one by one in the order sent, each
 * through {@link Study#applyOffline} in its own transaction: an answer already applied is
 * skipped, an impossible one is refused with its reason and changes nothing, and the
 * others still count. An answer given before one already accepted from the same batch is
 * refused as out of order: a device sends its answers in the order they were given.
 */
@Component
class OfflineSync {

	private static final Pattern CLIENT_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final DeckStore decks;

	private final Study study;

	private final Learners learners;

	private final MessageSource messages;

	OfflineSync(DeckStore decks, Study study, Learners learners, MessageSource messages) {
		this.decks = decks;
		this.study = study;
		this.learners = learners;
		this.messages = messages;
	}

	/**
	 * Applies the answers.
	 * @param learner the learner whose device sent them
	 * @param language the language of the address they were sent to (deck slugs)
	 * @param batch the answers, in the order given
	 * @param now the time
	 * @return what happened to each
	 */
	SyncReport apply(UUID learner, Language language, SyncBatch batch, Instant now) {
		Map<String, Optional<Deck>> bySlug = new HashMap<>();
		List<SyncReport.Result> results = new ArrayList<>();
		Instant latest = null;
		for (SyncBatch.Sent sent : batch.answers()) {
			SyncReport.Result result = one(learner, language, sent, latest, bySlug, now);
			if (!SyncReport.REFUSED.equals(result.status())) {
				latest = Instant.parse(sent.answeredAt());
			}
			results.add(result);
		}
		if (results.stream().anyMatch((result) -> SyncReport.APPLIED.equals(result.status()))) {
			this.learners.seen(learner, language, now);
		}
		return SyncReport.of(results);
	}

	private SyncReport.Result one(UUID learner, Language language, SyncBatch.Sent sent, Instant latest,
			Map<String, Optional<Deck>> bySlug, Instant now) {
		String given = (sent.id() != null) ? sent.id() : "";
		if (!CLIENT_ID.matcher(given).matches()) {
			return refused(language, truncated(given), "BAD_ID");
		}
		// Kept in lower case, so that an id counts once however written; reported as
		// sent.
		String id = given;
		String clientId = given.toLowerCase(Locale.ROOT);
		Optional<Deck> deck = (sent.deck() != null)
				? bySlug.computeIfAbsent(sent.deck(), (slug) -> this.decks.publishedBySlug(language, slug))
				: Optional.empty();
		Optional<UUID> card = uuid(sent.card());
		if (deck.isEmpty() || card.isEmpty()) {
			return refused(language, id, StudyRefused.Reason.NOT_IN_DECK.name());
		}
		if (sent.choice() == null) {
			return refused(language, id, StudyRefused.Reason.BAD_CHOICE.name());
		}
		Instant answeredAt;
		try {
			answeredAt = Instant.parse(String.valueOf(sent.answeredAt()));
		}
		catch (DateTimeParseException ex) {
			return refused(language, id, StudyRefused.Reason.BAD_TIME.name());
		}
		if (latest != null && answeredAt.isBefore(latest)) {
			return refused(language, id, "OUT_OF_ORDER");
		}
		try {
			Optional<Answered> answered = this.study.applyOffline(learner, deck.get(), card.get(), sent.choice(),
					answeredAt, clientId, now);
			return answered
				.map((done) -> new SyncReport.Result(id, SyncReport.APPLIED, null, null, done.right(),
						done.due().toString()))
				.orElseGet(() -> new SyncReport.Result(id, SyncReport.ALREADY_APPLIED, null, null, null, null));
		}
		catch (StudyRefused refused) {
			return refused(language, id, refused.reason().name());
		}
	}

	private SyncReport.Result refused(Language language, String id, String reason) {
		String code = switch (reason) {
			case "BAD_ID", "OUT_OF_ORDER" -> "learning.offline.refused." + reason;
			default -> "learning.refused." + reason;
		};
		return new SyncReport.Result(id, SyncReport.REFUSED, reason,
				this.messages.getMessage(code, null, language.locale()), null, null);
	}

	private static String truncated(String id) {
		return (id.length() > 40) ? id.substring(0, 40) : id;
	}

	private static Optional<UUID> uuid(String value) {
		if (value == null || !CLIENT_ID.matcher(value).matches()) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(value));
	}

}
