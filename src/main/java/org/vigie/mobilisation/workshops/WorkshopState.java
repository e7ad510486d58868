package org.vigie.mobilisation.workshops;

import java.util.Optional;

/**
 * Where a workshop request stands. Staff move a request one step forward, or back one
 * step with a reason; nothing jumps.
 */
public enum WorkshopState {

	NEW, CONTACTED, SCHEDULED, DELIVERED, EVALUATED;

	/** The step after this one, if any. */
	public Optional<WorkshopState> next() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The step before this one, if any. */
	public Optional<WorkshopState> previous() {
		return (ordinal() > 0) ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
	}

	/** Whether the workshop took place (its reach is known). */
	public boolean delivered() {
		return this == DELIVERED || this == EVALUATED;
	}

	/** The state with this name, if it is one. */
	public static Optional<WorkshopState> of(String name) {
		for (WorkshopState state : values()) {
			if (state.name().equals(name)) {
				return Optional.of(state);
			}
		}
		return Optional.empty();
	}

}
