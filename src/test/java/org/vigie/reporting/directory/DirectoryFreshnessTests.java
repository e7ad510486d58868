package org.vigie.reporting.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No fact of the directory is printed for people at risk more than twelve months after
 * staff last checked it: this test fails on the real date once one is older, so staff
 * must re-check the entry (docs/reporting-directory.md).
 */
class DirectoryFreshnessTests {

	@Test
	void everyFactWasCheckedWithinTheLastTwelveMonths() {
		LocalDate today = LocalDate.now(Clock.systemUTC());
		assertThat(new ReportingPoints().directory().staleFacts(today))
			.as("facts to re-check against their source, then update their reviewed date")
			.isEmpty();
	}

	@Test
	void aFactCheckedThirteenMonthsAgoIsReported() throws IOException {
		LocalDate today = LocalDate.now(Clock.systemUTC());
		String shipped = new ClassPathResource(ReportingPoints.LOCATION).getContentAsString(StandardCharsets.UTF_8);
		String thailand = shipped.substring(shipped.indexOf("  - country: \"TH\""));
		String firstReview = thailand.substring(thailand.indexOf("reviewed: "),
				thailand.indexOf('\n', thailand.indexOf("reviewed: ")));
		String edited = shipped.replace(thailand,
				thailand.replaceFirst(firstReview, "reviewed: " + today.minusMonths(13)));

		assertThat(DirectoryFileTests.read(edited).staleFacts(today))
			.containsExactly("TH emergency 191 (reviewed " + today.minusMonths(13) + ")");
	}

	@Test
	void everyFactIsReportedOnceTwelveMonthsHavePassedSinceItsReview() {
		Directory directory = new ReportingPoints().directory();
		LocalDate latest = directory.entries()
			.values()
			.stream()
			.flatMap((entry) -> entry.emergency().stream().map(EmergencyNumber::reviewed))
			.max(LocalDate::compareTo)
			.orElseThrow();
		assertThat(directory.staleFacts(latest.plusMonths(12))).isEmpty();
		assertThat(directory.staleFacts(latest.plusMonths(12).plusDays(1))).isNotEmpty()
			.anyMatch((fact) -> fact.startsWith("BE emergency 112"));
	}

}
