package org.vigie.advocacy.tracker;

import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * One article of an instrument the tracker assesses.
 *
 * @param id its id
 * @param instrumentId its instrument
 * @param article the article's number as written, such as {@code 25} or {@code 6a}
 * @param theme what it is about
 * @param sortKey its place in the instrument
 * @param titles its heading per language
 * @param derivedFromId in a recast, the article of the replaced instrument it comes from
 * @param unchanged in a recast, whether the article is kept as it was (its assessments
 * carry over)
 */
public record Provision(UUID id, UUID instrumentId, String article, Theme theme, int sortKey,
		Map<Language, String> titles, UUID derivedFromId, boolean unchanged) {

	public Provision {
		titles = Map.copyOf(titles);
	}

	/** Its heading in a language. */
	public String title(Language language) {
		return this.titles.get(language);
	}

}
