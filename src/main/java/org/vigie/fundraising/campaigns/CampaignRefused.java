package org.vigie.fundraising.campaigns;

import java.util.List;

/**
 * A campaign that cannot be stored as it is. Each problem is a message key
 * ({@code fundraising.campaign.problem.*}) with its arguments.
 */
public class CampaignRefused extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	public CampaignRefused(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
