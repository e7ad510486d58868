package org.vigie.fundraising.certificates;

import java.util.regex.Pattern;

/**
 * What kind of Belcotax sending a file is (zones 0.10, 0.25 and 0.26): the year's
 * original sending, or a sending of corrections to an original one that Belcotax accepted
 * under a reference; and whether it is a real sending or one for Belcotax's test
 * environment.
 *
 * @param corrects the Belcotax reference of the original sending that is corrected, or
 * {@code null} for an original sending
 * @param test whether the file is for Belcotax's test environment ({@code BCTEST})
 */
public record Sending(String corrects, boolean test) {

	private static final Pattern REFERENCE = Pattern.compile("[0-9A-Za-z]{1,6}");

	/**
	 * Checks the reference of the corrected sending.
	 * @throws CertificateRefused when it is not the up to six letters and digits Belcotax
	 * gives
	 */
	public Sending {
		if (corrects != null && !REFERENCE.matcher(corrects).matches()) {
			throw new CertificateRefused("sendingReference");
		}
	}

	/** The year's first sending, of original certificates only. */
	public static Sending original() {
		return new Sending(null, false);
	}

	/**
	 * A sending of modifications, cancellations and late certificates.
	 * @param reference the Belcotax reference of the original sending
	 * @return the sending
	 */
	public static Sending correcting(String reference) {
		if (reference == null) {
			throw new CertificateRefused("sendingReference");
		}
		return new Sending(reference, false);
	}

	/** The same sending, for Belcotax's test environment. */
	public Sending forTest() {
		return new Sending(this.corrects, true);
	}

	/** Whether it corrects an earlier sending. */
	public boolean correction() {
		return this.corrects != null;
	}

}
