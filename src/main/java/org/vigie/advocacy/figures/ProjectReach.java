package org.vigie.advocacy.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.vigie.site.Language;

/**
 * What the projects part tells the impact page: the people each project reached (its
 * indicators' actual values) and where it worked, for the figures and the projects' map.
 * Implemented by the projects part; the impact page reads only this.
 */
public interface ProjectReach {

	/** Every reach figure recorded for the projects, in a language. */
	List<Reached> reached(Language language);

	/** Where the projects worked, for the map. */
	List<Placed> placed(Language language);

	/**
	 * A number of people reached by a project in a period.
	 *
	 * @param project the project's name
	 * @param path its page
	 * @param audience who was counted
	 * @param count how many
	 * @param from the period's first day
	 * @param to the period's last day
	 * @param source where the figure comes from (a report, an evaluation)
	 */
	record Reached(String project, String path, Audience audience, int count, LocalDate from, LocalDate to,
			String source) {
	}

	/**
	 * A project and the countries it worked in.
	 *
	 * @param project the project's name
	 * @param path its page
	 * @param countries ISO 3166-1 alpha-2 codes (upper case)
	 * @param fromYear its first year
	 * @param toYear its last year, or null while it runs
	 */
	record Placed(String project, String path, Set<String> countries, int fromYear, Integer toYear) {

		public Placed {
			countries = Set.copyOf(countries);
		}

	}

}
