package org.vigie.reporting.retention;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vigie.reporting.reports.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention settings: every outcome needs a period, so the application refuses to start
 * rather than keep some reports forever or delete them at once.
 */
class RetentionSettingsTests {

	@Test
	void refusesAnOutcomeWithoutAPeriodOrWithANegativeOne() {
		Map<Outcome, Period> periods = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			periods.put(outcome, Period.ofMonths(6));
		}
		assertThat(new RetentionSettings(periods, null).schedule()).isEqualTo("DAILY|03:30");

		periods.remove(Outcome.FORWARDED_TO_POLICE);
		assertThatThrownBy(() -> new RetentionSettings(periods, "DAILY|04:00"))
			.hasMessageContaining("vigie.reporting.retention.after-closing.forwarded-to-police");
		periods.put(Outcome.FORWARDED_TO_POLICE, Period.ofYears(-1));
		assertThatThrownBy(() -> new RetentionSettings(periods, "DAILY|04:00"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
