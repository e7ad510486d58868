package org.vigie.learning.offline;

import java.util.List;

/**
 * A deck as the offline app keeps it: the cards in the learner's language with their
 * answers and feedback, and the learner's schedule as it stands, so that the app shows
 * the cards due without scheduling anything itself. Times are ISO-8601 instants.
 *
 * @param slug the deck's address word in this language
 * @param title its title
 * @param path its page online
 * @param generatedAt when this copy was made
 * @param newLeft how many new cards the learner may still start today
 * @param newPerDay how many new cards a learner may start each day
 * @param dayEnds when today ends, in the site's zone: the allowance is renewed then
 * @param learnAheadMinutes how early a card being learnt may be answered
 * @param cards the cards, in the order new ones are introduced
 */
record DeckData(String slug, String title, String path, String generatedAt, int newLeft, int newPerDay, String dayEnds,
		long learnAheadMinutes, List<CardData> cards) {

	/**
	 * A card and the learner's schedule for it.
	 *
	 * @param id its id, sent back with an answer
	 * @param kind its kind's label ("True or false?")
	 * @param prompt the statement, question or situation
	 * @param options the options, in order
	 * @param answer the right option's index
	 * @param explanation why
	 * @param reflex the reflex to adopt
	 * @param report the reporting line's address when the feedback leads there, else
	 * {@code null}
	 * @param state {@code NEW}, {@code LEARNING}, {@code REVIEW} or {@code RELEARNING}
	 * @param due when it is due, {@code null} for a new card
	 */
	record CardData(String id, String kind, String prompt, List<String> options, int answer, String explanation,
			String reflex, String report, String state, String due) {

	}

}
