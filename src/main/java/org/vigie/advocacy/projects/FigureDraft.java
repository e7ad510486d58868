package org.vigie.advocacy.projects;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.organisations.Trilingual;

/**
 * One audience's figures for a period of an indicator of a result, as staff give them:
 * the result and the indicator are found by their English title in the project (or
 * created), the period by its days.
 *
 * @param result the result's title
 * @param indicator the indicator's title
 * @param start the period's first day
 * @param end the period's last day
 * @param audience who was counted
 * @param baseline the count before, or null
 * @param target the count aimed at, or null
 * @param actual the count reached, or null
 * @param source the kind of source
 * @param sourceLabel the source's title
 * @param sourceAddress the source's address, or null
 * @param illustrative whether the figures are made up for the demo
 */
public record FigureDraft(Trilingual result, Trilingual indicator, LocalDate start, LocalDate end, Audience audience,
		Integer baseline, Integer target, Integer actual, FigureSource source, String sourceLabel, String sourceAddress,
		boolean illustrative) {

	/** Its fields, for a revision. */
	public Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("result", this.result);
		fields.put("indicator", this.indicator);
		fields.put("period", this.start + "/" + this.end);
		fields.put("audience", String.valueOf(this.audience));
		fields.put("baseline", this.baseline);
		fields.put("target", this.target);
		fields.put("actual", this.actual);
		fields.put("source", this.source + " " + this.sourceLabel);
		return fields;
	}

}
