package org.vigie.reporting.reports;

import java.util.Locale;

/**
 * A report as submitted: its clear, structured fields and its content.
 *
 * @param category what happened
 * @param country where (ISO 3166-1 alpha-2 code, upper case)
 * @param placeType the kind of place
 * @param followUp how the reporter wants to be followed up
 * @param channel how it reached the line
 * @param content what the reporter wrote
 */
public record ReportDraft(Category category, String country, PlaceType placeType, FollowUp followUp, Channel channel,
		ReportContent content) {

	public ReportDraft {
		if (category == null || placeType == null || followUp == null || channel == null || content == null) {
			throw new IllegalArgumentException("A report needs a category, a place type, a follow-up and content");
		}
		if (country == null || !java.util.Set.of(Locale.getISOCountries()).contains(country)) {
			throw new IllegalArgumentException("Not a country code");
		}
	}

}
