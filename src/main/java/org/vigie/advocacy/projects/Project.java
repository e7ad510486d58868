package org.vigie.advocacy.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.Trilingual;

/**
 * A project with its partners, countries and reach.
 *
 * @param id its id
 * @param code its short code, also its word in public addresses
 * @param title its title
 * @param summary what it did
 * @param status where it stands
 * @param research whether it is a research project (schema.org ResearchProject)
 * @param startsOn its first day
 * @param endsOn its last day, or null while it runs
 * @param countries where it worked (ISO 3166-1, upper case)
 * @param partners the organisations taking part, with their role
 * @param results its results, with their indicators and figures
 * @param demo whether it is demo content
 */
public record Project(UUID id, String code, Trilingual title, Trilingual summary, ProjectStatus status,
		boolean research, LocalDate startsOn, LocalDate endsOn, List<String> countries, List<Partner> partners,
		List<Result> results, boolean demo) {

	public Project {
		countries = List.copyOf(countries);
		partners = List.copyOf(partners);
		results = List.copyOf(results);
	}

	/** Every figure of every period of every indicator. */
	public Stream<Figure> figures() {
		return this.results.stream()
			.flatMap((result) -> result.indicators().stream())
			.flatMap((indicator) -> indicator.periods().stream())
			.flatMap((period) -> period.figures().stream());
	}

	/** The people reached, summed per audience over all periods. */
	public int reached(Audience audience) {
		return figures().filter((figure) -> figure.audience() == audience && figure.actual() != null)
			.mapToInt(Figure::actual)
			.sum();
	}

	/** The partners with one role. */
	public List<Partner> partners(PartnerRole role) {
		return this.partners.stream().filter((partner) -> partner.role() == role).toList();
	}

	/**
	 * An organisation in a project.
	 *
	 * @param organisation the organisation
	 * @param role what it does there
	 */
	public record Partner(Organisation organisation, PartnerRole role) {
	}

	/**
	 * A result the project aimed at.
	 *
	 * @param id its id
	 * @param title what it is
	 * @param indicators how it is measured
	 */
	public record Result(UUID id, Trilingual title, List<Indicator> indicators) {
	}

	/**
	 * A measure of a result (a count of people).
	 *
	 * @param id its id
	 * @param title what it counts
	 * @param periods its periods
	 */
	public record Indicator(UUID id, Trilingual title, List<Period> periods) {
	}

	/**
	 * A period an indicator was measured over.
	 *
	 * @param id its id
	 * @param start its first day
	 * @param end its last day
	 * @param figures one per audience
	 */
	public record Period(UUID id, LocalDate start, LocalDate end, List<Figure> figures) {
	}

	/**
	 * The figures of one audience in a period.
	 *
	 * @param id its id
	 * @param audience who was counted
	 * @param baseline the count before the project, or null
	 * @param target the count aimed at, or null
	 * @param actual the count reached, or null
	 * @param source where the figures come from
	 * @param sourceLabel the source's title
	 * @param sourceAddress the source's address, or null
	 * @param illustrative whether the figures are made up for the demo
	 */
	public record Figure(UUID id, Audience audience, Integer baseline, Integer target, Integer actual,
			FigureSource source, String sourceLabel, String sourceAddress, boolean illustrative) {
	}

}
