package org.vigie.identity.web;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Password hashing is bounded: a few hashes at once, then a short wait, then a clear
 * refusal; an overlong password is never hashed.
 */
class BoundedPasswordEncoderTests {

	@Test
	void hashesBeyondTheBoundWaitThenAreRefusedAsBusy() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(new Slow(started, release), 1,
				Duration.ofMillis(100));
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> first = executor.submit(() -> encoder.matches("first", "hash"));
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

			assertThatThrownBy(() -> encoder.matches("second", "hash")).isInstanceOf(BoundedPasswordEncoder.Busy.class)
				.satisfies((busy) -> assertThat(
						BoundedPasswordEncoder.isBusy(new InternalAuthenticationServiceException("wrapped", busy)))
					.isTrue());

			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
			assertThat(encoder.matches("third", "hash")).isTrue();
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void anOverlongPasswordIsRefusedWithoutHashing() {
		AtomicInteger hashed = new AtomicInteger();
		BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(new Counting(hashed), 2, Duration.ofSeconds(1));

		assertThat(encoder.matches("x".repeat(BoundedPasswordEncoder.MAX_PRESENTED + 1), "hash")).isFalse();
		assertThat(hashed).hasValue(0);
		assertThat(encoder.matches("x".repeat(BoundedPasswordEncoder.MAX_PRESENTED), "hash")).isTrue();
		assertThat(hashed).hasValue(1);
	}

	/** Holds its hash until released. */
	private record Slow(CountDownLatch started, CountDownLatch release) implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			return "hash";
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.started.countDown();
			try {
				return this.release.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}

	}

	/** Counts the hashes it is asked for. */
	private record Counting(AtomicInteger hashed) implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			this.hashed.incrementAndGet();
			return "hash";
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.hashed.incrementAndGet();
			return true;
		}

	}

}
