package org.vigie.fundraising.campaigns;

import java.util.Map;

import org.vigie.site.Language;

/**
 * A further goal, shown once the campaign's goal is reached, with what it would make
 * possible.
 *
 * @param amountCents the total to reach
 * @param labels what it pays for, per language
 */
public record StretchGoal(long amountCents, Map<Language, String> labels) {

	public StretchGoal {
		labels = Map.copyOf(labels);
	}

}
