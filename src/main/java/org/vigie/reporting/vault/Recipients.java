package org.vigie.reporting.vault;

/**
 * How a wrapped report key names its recipient in {@code reporting_grant}.
 */
public final class Recipients {

	/** The organisation's recovery key. */
	public static final String RECOVERY = "recovery";

	/** The reporter's receipt. */
	public static final String RECEIPT = "receipt";

	private Recipients() {
	}

	/** An analyst. */
	public static String staff(long staffId) {
		return "staff:" + staffId;
	}

	/** The recipient a key ring opens. */
	public static String of(Keyring keyring) {
		return (keyring.holder() == Keyring.RECOVERY) ? RECOVERY : staff(keyring.holder());
	}

}
