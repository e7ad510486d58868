package org.vigie.identity.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many Argon2id computations may run at once, shared by password hashing and key
 * derivation: each takes 19 MiB, so the budget bounds their memory together.
 */
final class HashingBudget {

	private final Semaphore permits;

	HashingBudget(int concurrency) {
		this.permits = new Semaphore(concurrency, true);
	}

	/** Waits for a turn, at most {@code wait}; false when none came. */
	boolean acquire(Duration wait) {
		try {
			return this.permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void release() {
		this.permits.release();
	}

}
