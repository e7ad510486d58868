package org.vigie.learning.study;

import java.time.Instant;

import org.vigie.learning.decks.StudyCard;

/**
 * What a learner sees after an answer.
 *
 * @param card the card answered
 * @param chosen the option chosen
 * @param right whether it was the right one
 * @param due when the card comes back
 */
public record Answered(StudyCard card, int chosen, boolean right, Instant due) {

}
