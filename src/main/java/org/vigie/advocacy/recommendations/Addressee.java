package org.vigie.advocacy.recommendations;

import java.util.UUID;

import org.vigie.site.Language;

/**
 * Who a recommendation is addressed to: a role such as a ministry, a government, a
 * parliament or an administration, never a person, at one of Belgium's levels (or the EU,
 * another state).
 *
 * @param id its id
 * @param code a short stable code, such as {@code brussels-government}
 * @param tier its level of power
 * @param branch parliament, government or administration
 * @param name its name in each language
 * @param demo whether it was loaded as a demo example
 */
public record Addressee(UUID id, String code, Tier tier, Branch branch, Texts name, boolean demo) {

	/** Its name in a language. */
	public String name(Language language) {
		return this.name.in(language);
	}

}
