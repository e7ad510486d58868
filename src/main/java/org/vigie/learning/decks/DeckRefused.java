package org.vigie.learning.decks;

import java.util.List;

/**
 * A deck or a deck file that cannot be stored, with every reason found. Each reason is a
 * message code of the {@code learning} bundles and its arguments, so that a trainer reads
 * it in their language; nothing was changed.
 */
public class DeckRefused extends RuntimeException {

	private final List<Problem> problems;

	public DeckRefused(List<Problem> problems) {
		super(problems.isEmpty() ? "Deck refused" : problems.get(0).code());
		this.problems = List.copyOf(problems);
	}

	public DeckRefused(String code, Object... arguments) {
		this(List.of(new Problem(code, arguments)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One reason.
	 *
	 * @param code the message code, such as {@code learning.deck.problem.tooManyCards}
	 * @param arguments the values the message shows
	 */
	public record Problem(String code, Object... arguments) {

	}

}
