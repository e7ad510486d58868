package org.vigie.reporting.reports;

/**
 * How the reporter chose to be followed up.
 */
public enum FollowUp {

	/** No contact: no receipt, nothing to come back to. */
	NONE,

	/** Anonymous messages, read and answered with the receipt. */
	MESSAGES,

	/** The organisation relays the police's questions, through the receipt's messages. */
	RELAY,

	/**
	 * The reporter consents to their contact details being passed to the police; messages
	 * through the receipt too.
	 */
	CONSENT;

	/** Whether the reporter gets a receipt. */
	public boolean hasReceipt() {
		return this != NONE;
	}

}
