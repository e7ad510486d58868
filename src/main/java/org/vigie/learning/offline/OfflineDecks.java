package org.vigie.learning.offline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.study.ReviewLog;
import org.vigie.learning.study.Scheduled;
import org.vigie.learning.study.Schedules;
import org.vigie.learning.study.Study;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes the copy of a deck the offline app downloads, with the learner's schedule.
 */
@Component
class OfflineDecks {

	private final DeckStore decks;

	private final Schedules schedules;

	private final ReviewLog log;

	private final Study study;

	private final MessageSource messages;

	OfflineDecks(DeckStore decks, Schedules schedules, ReviewLog log, Study study, MessageSource messages) {
		this.decks = decks;
		this.schedules = schedules;
		this.log = log;
		this.study = study;
		this.messages = messages;
	}

	DeckData of(UUID learner, Deck deck, Language language, Instant now) {
		Map<UUID, Scheduled> scheduled = this.schedules.ofDeck(learner, deck.id())
			.stream()
			.collect(Collectors.toMap(Scheduled::cardId, Function.identity()));
		ZoneId zone = this.study.zone();
		LocalDate today = LocalDate.ofInstant(now, zone);
		Instant dayStarts = today.atStartOfDay(zone).toInstant();
		int newLeft = Math.max(0, Study.NEW_CARDS_PER_DAY - this.log.newCardsSince(learner, deck.id(), dayStarts));
		List<DeckData.CardData> cards = this.decks.cards(deck.id())
			.stream()
			.map((card) -> card(card, scheduled.get(card.id()), language))
			.toList();
		return new DeckData(deck.text(language).slug(), deck.text(language).title(), CardsPaths.deck(language, deck),
				now.toString(), newLeft, Study.NEW_CARDS_PER_DAY,
				today.plusDays(1).atStartOfDay(zone).toInstant().toString(), Study.LEARN_AHEAD.toMinutes(), cards);
	}

	private DeckData.CardData card(StudyCard card, Scheduled schedule, Language language) {
		List<String> options = (card.kind() == CardKind.TRUE_FALSE)
				? List.of(text("learning.card.true", language), text("learning.card.false", language))
				: card.text(language).options();
		return new DeckData.CardData(card.id().toString(), text("learning.kind." + card.kind().name(), language),
				card.text(language).prompt(), options, card.answer(), card.text(language).explanation(),
				card.text(language).reflex(), card.linksReport() ? CardsPaths.reportLine(language) : null,
				(schedule != null) ? schedule.card().state().name() : "NEW",
				(schedule != null) ? schedule.card().due().toString() : null);
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
