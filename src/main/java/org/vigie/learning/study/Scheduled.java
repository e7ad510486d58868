package org.vigie.learning.study;

import java.util.UUID;

import org.vigie.learning.scheduler.Card;

/**
 * One learner's schedule for one card.
 *
 * @param cardId the card
 * @param deckId its deck
 * @param card the scheduling state
 * @param reps how many times it was answered
 * @param lapses how many times it was forgotten after it was learnt
 */
public record Scheduled(UUID cardId, UUID deckId, Card card, int reps, int lapses) {

}
