package org.vigie.fundraising.gifts;

import java.util.List;

/**
 * A gift that cannot be taken: the campaign is closed, the amount out of bounds, the
 * provider refused. The code is a message key ({@code fundraising.gift.problem.*}).
 */
public class GiftRefused extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	public GiftRefused(String code, Object... arguments) {
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
