package org.vigie;

import java.time.Clock;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.vigie.identity.staff.TwoFactor;

/**
 * Enrols staff members in the second factor for tests, as the enrolment page would, and
 * computes the app's codes.
 */
public final class SecondFactors {

	private SecondFactors() {
	}

	/** Enrols the member with a new secret; returns their ten recovery codes. */
	public static List<String> enrol(TwoFactor twoFactor, Clock clock, long staffId) {
		String secret = twoFactor.newSecret();
		return twoFactor.enrol(staffId, secret, code(secret, clock)).orElseThrow();
	}

	/** The code an authenticator app shows for this secret now. */
	public static String code(String secret, Clock clock) {
		try {
			TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
			return generator.generateOneTimePasswordString(
					new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm()), clock.instant());
		}
		catch (java.security.InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
