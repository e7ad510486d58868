package org.vigie.advocacy.tracker;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A legal instrument the tracker follows, such as Directive 2011/93/EU, or its recast
 * (which names the instrument it replaces).
 *
 * @param id its id
 * @param code a stable short code used in addresses and files, such as {@code 2011-93-eu}
 * @param celex its CELEX number, such as {@code 32011L0093}
 * @param eli its European Legislation Identifier or official address, if any
 * @param adoptedOn when it was adopted (null for a proposal)
 * @param transpositionDue the transposition deadline, if any
 * @param replacesId the instrument this one recasts, or null
 * @param titles its full title per language
 * @param shortTitles its short name per language
 * @param demo whether its assessments are a fictitious example
 */
public record Instrument(UUID id, String code, String celex, String eli, LocalDate adoptedOn,
		LocalDate transpositionDue, UUID replacesId, Map<Language, String> titles, Map<Language, String> shortTitles,
		boolean demo) {

	public Instrument {
		titles = Map.copyOf(titles);
		shortTitles = Map.copyOf(shortTitles);
	}

	/** Its full title in a language. */
	public String title(Language language) {
		return this.titles.get(language);
	}

	/** Its short name in a language. */
	public String shortTitle(Language language) {
		return this.shortTitles.get(language);
	}

}
