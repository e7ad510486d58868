package org.vigie.learning.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.scheduler.CardScheduler;
import org.vigie.learning.scheduler.CardState;
import org.vigie.learning.scheduler.SchedulerSettings;

import org.springframework.stereotype.Component;

/**
 * Where a learner stands in a deck, from their schedules: what the learner sees on the
 * deck's page and what their training manager sees.
 */
@Component
public class Progress {

	private final DeckStore decks;

	private final Schedules schedules;

	Progress(DeckStore decks, Schedules schedules) {
		this.decks = decks;
		this.schedules = schedules;
	}

	/**
	 * A learner's progress in a deck.
	 * @param learner the learner
	 * @param deck the deck
	 * @param at the time the recall is estimated for (now, or a departure)
	 * @param now the time cards are due by
	 * @return the figures
	 */
	public DeckProgress of(UUID learner, Deck deck, Instant at, Instant now) {
		List<StudyCard> cards = this.decks.cards(deck.id());
		Map<UUID, Scheduled> scheduled = this.schedules.ofDeck(learner, deck.id())
			.stream()
			.collect(Collectors.toMap(Scheduled::cardId, Function.identity()));
		CardScheduler scheduler = new CardScheduler(
				SchedulerSettings.defaults().withDesiredRetention(deck.desiredRetention()), new SplittableRandom(0));
		int seen = 0;
		int due = 0;
		int known = 0;
		double recall = 0;
		Instant nextDue = null;
		for (StudyCard card : cards) {
			Scheduled schedule = scheduled.get(card.id());
			if (schedule == null) {
				continue;
			}
			seen++;
			if (!schedule.card().due().isAfter(now)) {
				due++;
			}
			if (nextDue == null || schedule.card().due().isBefore(nextDue)) {
				nextDue = schedule.card().due();
			}
			double r = scheduler.retrievability(schedule.card(),
					at.isBefore(schedule.card().lastReview()) ? schedule.card().lastReview() : at);
			recall += r;
			if (schedule.card().state() == CardState.REVIEW && r >= deck.desiredRetention()) {
				known++;
			}
		}
		double mean = cards.isEmpty() ? 0 : recall / cards.size();
		return new DeckProgress(cards.size(), seen, due, known, mean, nextDue);
	}

	/**
	 * A learner's standing in a deck.
	 *
	 * @param cards the cards in the deck
	 * @param seen how many the learner answered at least once
	 * @param due how many are due now
	 * @param known how many are learnt and still recalled at least as well as the deck's
	 * target
	 * @param recall the estimated share of the deck the learner would answer right, from
	 * 0 to 1, unseen cards counting as not known
	 * @param nextDue when the next card is due, or {@code null} before the first answer
	 */
	public record DeckProgress(int cards, int seen, int due, int known, double recall, Instant nextDue) {

		/** Whether every card is learnt and recalled at least as well as the target. */
		public boolean mastered() {
			return this.cards > 0 && this.known == this.cards;
		}

		/** The recall as a whole percentage. */
		public int recallPercent() {
			return (int) Math.round(this.recall * 100);
		}

	}

}
