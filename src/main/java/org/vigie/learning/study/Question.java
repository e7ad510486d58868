package org.vigie.learning.study;

import org.vigie.learning.decks.StudyCard;

/**
 * The card a learner answers next.
 *
 * @param card the card
 * @param token the token its form carries (see {@link ReviewTokens})
 * @param isNew whether the learner has never seen it
 */
public record Question(StudyCard card, String token, boolean isNew) {

}
