package org.vigie.learning.decks;

/**
 * What a card asks. Every kind is answered by choosing one option, so every kind is
 * graded the same way: the right option is Good, any other is Again.
 */
public enum CardKind {

	/** A statement the learner says is true or false; its options are those two words. */
	TRUE_FALSE,

	/** A question with two to five answers, one of them right. */
	MULTIPLE_CHOICE,

	/**
	 * "You see… what do you do?": a situation and two to five reactions, one of them
	 * right.
	 */
	SCENARIO;

	/**
	 * The options of a true/false card, in this order: the right one's index is the
	 * answer.
	 */
	public static final int TRUE = 0;

	/** Index of the "false" option of a true/false card. */
	public static final int FALSE = 1;

}
