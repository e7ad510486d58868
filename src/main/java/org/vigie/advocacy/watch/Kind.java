package org.vigie.advocacy.watch;

import java.util.List;

/**
 * What kind of file staff follow, with the stages it goes through, in order.
 */
public enum Kind {

	/** An EU legislative procedure, such as 2024/0035(COD). */
	EU_PROCEDURE(List.of(Stage.PROPOSAL, Stage.COMMITTEE, Stage.PLENARY, Stage.TRILOGUE, Stage.ADOPTED, Stage.IN_FORCE,
			Stage.CLOSED)),

	/** A bill before a Belgian parliament (federal, community or region). */
	BELGIAN_BILL(List.of(Stage.PROPOSAL, Stage.COMMITTEE, Stage.PLENARY, Stage.ADOPTED, Stage.IN_FORCE, Stage.CLOSED)),

	/** A public consultation. */
	CONSULTATION(List.of(Stage.OPEN, Stage.ANSWERED, Stage.CLOSED)),

	/** Anything else worth following (a strategy, an action plan). */
	OTHER(List.of(Stage.PROPOSAL, Stage.COMMITTEE, Stage.PLENARY, Stage.ADOPTED, Stage.IN_FORCE, Stage.CLOSED));

	private final List<Stage> stages;

	Kind(List<Stage> stages) {
		this.stages = stages;
	}

	/** The stages this kind of file goes through, in order. */
	public List<Stage> stages() {
		return this.stages;
	}

	/** Whether a file of this kind can be at that stage. */
	public boolean allows(Stage stage) {
		return this.stages.contains(stage);
	}

}
