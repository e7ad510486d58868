package org.vigie.mobilisation.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof of work's rules: a right solution is accepted once; a wrong solution, a
 * challenge made easier, moved to another form, forged or older than ten minutes is
 * refused; the difficulty asked is the difficulty checked.
 */
@MobilisationTest
public class ProofOfWorkTest {

	@Autowired
	private ProofOfWork work;

	@Autowired
	private TestClock clock;

	@Test
	void aRightSolutionIsAcceptedOnceAndOnlyForItsForm() {
		Instant now = this.clock.instant();
		ProofOfWork.Challenge challenge = this.work.issue("campaign:a", now, 12);
		String solution = solve(challenge);
		assertThat(verify(challenge, solution, "campaign:b", now)).as("another form").isFalse();
		assertThat(verify(challenge, solution, "campaign:a", now.plusSeconds(30))).isTrue();
		assertThat(verify(challenge, solution, "campaign:a", now.plusSeconds(31))).as("reused").isFalse();
	}

	@Test
	void wrongForgedEasierAndExpiredChallengesAreRefused() {
		Instant now = this.clock.instant();
		ProofOfWork.Challenge challenge = this.work.issue("campaign:a", now, 12);
		String solution = solve(challenge);
		String wrong = String.valueOf(Long.parseLong(solution) + 1);
		while (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge.nonce() + ":" + wrong)) >= 12) {
			wrong = String.valueOf(Long.parseLong(wrong) + 1);
		}
		assertThat(verify(challenge, wrong, "campaign:a", now)).as("wrong solution").isFalse();
		assertThat(this.work.verify(challenge.nonce(), "1", challenge.signature(), "0", "campaign:a", now))
			.as("made easier")
			.isFalse();
		String forged = challenge.signature().substring(0, 63) + (challenge.signature().endsWith("0") ? "1" : "0");
		assertThat(this.work.verify(challenge.nonce(), "12", forged, solution, "campaign:a", now)).as("forged")
			.isFalse();
		assertThat(this.work.verify("1." + challenge.nonce().substring(challenge.nonce().indexOf('.') + 1), "12",
				challenge.signature(), solution, "campaign:a", now))
			.as("nonce changed")
			.isFalse();
		assertThat(verify(challenge, solution, "campaign:a", now.plus(Duration.ofMinutes(10)).plusSeconds(1)))
			.as("expired")
			.isFalse();
		assertThat(this.work.verify(null, null, null, null, "campaign:a", now)).isFalse();
		assertThat(this.work.verify(challenge.nonce(), "x".repeat(500), challenge.signature(), "1".repeat(5000),
				"campaign:a", now))
			.isFalse();
	}

	@Test
	void theDifficultyAskedIsTheDifficultyChecked() {
		Instant now = this.clock.instant();
		int accepted = 0;
		for (int n = 0; n < 200; n++) {
			ProofOfWork.Challenge challenge = this.work.issue("campaign:d", now, 4);
			String candidate = String.valueOf(n);
			boolean enough = ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge.nonce() + ":" + candidate)) >= 4;
			assertThat(verify(challenge, candidate, "campaign:d", now)).isEqualTo(enough);
			accepted += enough ? 1 : 0;
		}
		assertThat(accepted).as("about one in sixteen").isBetween(1, 40);
		assertThat(this.work.issue("campaign:d", now).bits()).as("the configured default").isEqualTo(16);
	}

	private boolean verify(ProofOfWork.Challenge challenge, String solution, String scope, Instant now) {
		return this.work.verify(challenge.nonce(), String.valueOf(challenge.bits()), challenge.signature(), solution,
				scope, now);
	}

	/** What the browser's script does, in Java. */
	public static String solve(ProofOfWork.Challenge challenge) {
		return solve(challenge.nonce(), challenge.bits());
	}

	/** Finds a number whose digest with the nonce starts with enough zero bits. */
	public static String solve(String nonce, int bits) {
		for (long n = 0;; n++) {
			if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(nonce + ":" + n)) >= bits) {
				return String.valueOf(n);
			}
		}
	}

}
