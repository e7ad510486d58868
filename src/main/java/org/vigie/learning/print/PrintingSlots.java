package org.vigie.learning.print;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many printable decks are built at once. A deck of thirty cards takes some 50 ms,
 * but the largest deck the rules allow (500 cards, every text at its longest) takes over
 * a second of processor time, and anyone may ask for it without an account: without a
 * bound, a few hundred requests would take every processor from the rest of the site.
 * Requests beyond the bound wait {@link #WAIT} for a slot, then are told to come back.
 */
@Component
class PrintingSlots {

	/** Longer than a usual deck takes, short enough not to hold a request thread long. */
	static final Duration WAIT = Duration.ofSeconds(3);

	private final Semaphore slots;

	PrintingSlots(@Value("${vigie.learning.print.concurrency:2}") int concurrency) {
		this.slots = new Semaphore(Math.max(1, concurrency), true);
	}

	/**
	 * Takes a slot, waiting {@link #WAIT} at most.
	 * @return whether a slot was taken, to be given back by {@link #release()}
	 */
	boolean take() {
		try {
			return this.slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void release() {
		this.slots.release();
	}

}
