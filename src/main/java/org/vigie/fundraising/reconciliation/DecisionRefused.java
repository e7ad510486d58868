package org.vigie.fundraising.reconciliation;

/**
 * A decision on a statement line that cannot be taken (already decided, unknown gift or
 * campaign, no reason given), with a message key of the
 * {@code fundraising-reconciliation} bundle. Nothing was changed.
 */
public class DecisionRefused extends RuntimeException {

	private final String code;

	DecisionRefused(String reason) {
		super("fundraising.reconciliation.decision." + reason);
		this.code = "fundraising.reconciliation.decision." + reason;
	}

	/** The message key. */
	public String code() {
		return this.code;
	}

}
