package org.vigie.identity.web;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Bounds password hashing, which costs memory (Argon2id): at most a few hashes at once,
 * so that a burst of anonymous sign-in attempts queues instead of exhausting the heap. A
 * request that cannot start hashing within the wait gets a clear "try again" answer
 * ({@link Busy}). A presented password longer than {@value #MAX_PRESENTED} characters is
 * refused before any hashing.
 */
class BoundedPasswordEncoder implements PasswordEncoder {

	/** Longest password checked at sign-in; passwords are chosen with at most 128. */
	static final int MAX_PRESENTED = 256;

	private final PasswordEncoder delegate;

	private final HashingBudget permits;

	private final Duration wait;

	BoundedPasswordEncoder(PasswordEncoder delegate, int concurrency, Duration wait) {
		this(delegate, new HashingBudget(concurrency), wait);
	}

	BoundedPasswordEncoder(PasswordEncoder delegate, HashingBudget budget, Duration wait) {
		this.delegate = delegate;
		this.permits = budget;
		this.wait = wait;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		acquire();
		try {
			return this.delegate.encode(rawPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || rawPassword.length() > MAX_PRESENTED) {
			return false;
		}
		acquire();
		try {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private void acquire() {
		if (!this.permits.acquire(this.wait)) {
			throw new Busy();
		}
	}

	/** Whether a sign-in failed because hashing was busy, however it was wrapped. */
	static boolean isBusy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Busy) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Too many passwords are being hashed at once: try again in a moment. Sign-in says so
	 * on its page; elsewhere (setup, reset, change) the answer is 503.
	 */
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	static class Busy extends AuthenticationServiceException {

		Busy() {
			super("Too many passwords are being checked at once");
		}

	}

}
