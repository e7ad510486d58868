package org.vigie.fundraising.certificates;

import java.util.List;

/**
 * A Belcotax file that the income year's official schema rejects: nothing is returned to
 * download, and the schema's own messages (line, column and reason) say what to fix.
 */
public class BelcotaxInvalid extends CertificateRefused {

	private final List<String> problems;

	BelcotaxInvalid(int year, List<String> problems) {
		super("invalid", String.valueOf(year), String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	/** The schema's messages, one per problem, each with its line and column. */
	public List<String> problems() {
		return this.problems;
	}

}
