package org.vigie.mobilisation.campaigns;

import java.util.List;

/**
 * What a campaign's page shows of its supporters.
 *
 * @param supporters confirmed pledges
 * @param wall the latest supporters who agreed to be shown, newest first
 * @param countries supporters per country, only for countries with at least
 * {@link Counter#COUNTRY_THRESHOLD}, most first
 */
public record CampaignFigures(int supporters, List<WallEntry> wall, List<CountryCount> countries) {

	public CampaignFigures {
		wall = List.copyOf(wall);
		countries = List.copyOf(countries);
	}

	/** One supporter on the wall: their first name and, if given, their city. */
	public record WallEntry(String firstName, String city) {
	}

	/** Supporters from one country (ISO 3166 two letters). */
	public record CountryCount(String country, int supporters) {
	}

}
