package org.vigie.advocacy.recommendations;

import java.util.List;

/**
 * Why staff input was refused, as a message key (under
 * {@code advocacy.recommendations.problem.}) with its arguments. Nothing is written when
 * it is thrown.
 */
public class RecommendationProblem extends RuntimeException {

	private final transient List<Object> args;

	public RecommendationProblem(String key, Object... args) {
		super("advocacy.recommendations.problem." + key, null, false, false);
		this.args = List.of(args);
	}

	/** The message key. */
	public String key() {
		return getMessage();
	}

	/** The message's arguments. */
	public Object[] args() {
		return this.args.toArray();
	}

}
