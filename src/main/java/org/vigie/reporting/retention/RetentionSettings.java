package org.vigie.reporting.retention;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.vigie.reporting.reports.Outcome;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the line keeps a report after it was closed, by the outcome it was closed with
 * ({@code vigie.reporting.retention.*}, or {@code VIGIE_RETENTION_*} in the environment).
 * Reports that are not closed (received, being assessed, forwarded, waiting for more
 * information) are kept until an analyst closes them: nothing a reporter sent disappears
 * before a person looked at it.
 *
 * @param afterClosing the period each outcome is kept after closing; every outcome needs
 * one, so a new outcome cannot be added without deciding how long it is kept
 * @param schedule when the job runs, in db-scheduler's format ({@code DAILY|03:30})
 */
@ConfigurationProperties("vigie.reporting.retention")
public record RetentionSettings(Map<Outcome, Period> afterClosing, String schedule) {

	public RetentionSettings {
		afterClosing = (afterClosing != null) ? new EnumMap<>(afterClosing) : new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			Period period = afterClosing.get(outcome);
			if (period == null || period.isNegative()) {
				throw new IllegalArgumentException("vigie.reporting.retention.after-closing."
						+ outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
						+ " needs a period (such as 2y or 6m)");
			}
		}
		afterClosing = Map.copyOf(afterClosing);
		schedule = (schedule != null && !schedule.isBlank()) ? schedule : "DAILY|03:30";
	}

}
