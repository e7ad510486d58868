package org.vigie.fundraising.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Recorded exchanges with a payment provider, kept under
 * {@code src/test/resources/fundraising/payments/<provider>/}.
 */
public final class Recorded {

	private Recorded() {
	}

	public static String json(String provider, String name) {
		String path = "/fundraising/payments/" + provider + "/" + name;
		try (InputStream in = Recorded.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No recording " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
