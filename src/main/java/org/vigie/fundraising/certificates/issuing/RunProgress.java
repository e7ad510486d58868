package org.vigie.fundraising.certificates.issuing;

import java.time.Instant;
import java.util.UUID;

/**
 * A run of the year's certificates as the page shows it.
 *
 * @param id the run
 * @param year the tax year
 * @param state queued, running, done or failed
 * @param donorsTotal how many donors it has to look at (known once it started)
 * @param donorsDone how many it looked at
 * @param issued how many certificates it issued
 * @param problem why it failed, a message code, or {@code null}
 * @param requestedAt when it was asked for
 * @param finishedAt when it ended, or {@code null}
 */
record RunProgress(UUID id, int year, State state, int donorsTotal, int donorsDone, int issued, String problem,
		Instant requestedAt, Instant finishedAt) {

	/** Whether it is still to finish. */
	public boolean ongoing() {
		return this.state == State.QUEUED || this.state == State.RUNNING;
	}

	/** How far it is, in percent. */
	public int percent() {
		return (this.donorsTotal == 0) ? ((this.state == State.DONE) ? 100 : 0)
				: (int) (100L * this.donorsDone / this.donorsTotal);
	}

	/** Where a run is. */
	enum State {

		QUEUED, RUNNING, DONE, FAILED

	}

}
