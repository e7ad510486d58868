package org.vigie.fundraising.donors;

import java.util.UUID;

import org.vigie.site.Language;

/**
 * A donor as staff and certificates see them. The email and the national register number
 * are sealed in the database and not part of this record: they are opened only where
 * needed ({@link Donors#email}, {@link Donors#nationalNumber}).
 *
 * @param id the donor
 * @param firstName first name
 * @param lastName last name
 * @param address postal address, or {@code null} when none was given
 * @param language the language they chose
 * @param hasNationalNumber whether they gave a national register number (opted in to a
 * tax certificate)
 * @param erased whether they were erased: names are then replaced and contact data gone
 */
public record Donor(UUID id, String firstName, String lastName, PostalAddress address, Language language,
		boolean hasNationalNumber, boolean erased) {

	/** First and last name. */
	public String name() {
		return (this.firstName + " " + this.lastName).strip();
	}

}
