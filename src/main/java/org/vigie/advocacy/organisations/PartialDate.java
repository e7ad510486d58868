package org.vigie.advocacy.organisations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A year, or a day when it is known: when a membership started (Popolo and schema.org
 * both accept either).
 *
 * @param year the year
 * @param day the day, or null when only the year is known
 */
public record PartialDate(int year, LocalDate day) {

	public PartialDate {
		if (day != null && day.getYear() != year) {
			throw new IllegalArgumentException("The day " + day + " is not in " + year);
		}
	}

	/**
	 * {@code 2012} or {@code 2012-05-03}, refused when it is neither or outside
	 * 1900–2100.
	 */
	public static PartialDate parse(String text, String field) {
		String value = (text != null) ? text.strip() : "";
		try {
			PartialDate date = value.matches("\\d{4}") ? new PartialDate(Integer.parseInt(value), null)
					: new PartialDate(LocalDate.parse(value).getYear(), LocalDate.parse(value));
			if (date.year() < 1900 || date.year() > 2100) {
				throw new Refused("advocacy.networks.problem.date", field);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new Refused("advocacy.networks.problem.date", field);
		}
	}

	/** The ISO 8601 form: the year alone, or the day. */
	public String iso() {
		return (this.day != null) ? this.day.toString() : String.valueOf(this.year);
	}

	/** Whether it is after another (comparing days when both are known, else years). */
	public boolean after(PartialDate other) {
		if (this.day != null && other.day != null) {
			return this.day.isAfter(other.day);
		}
		return this.year > other.year;
	}

	@Override
	public String toString() {
		return iso();
	}

}
