package org.vigie.advocacy.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.learning.LearningDatabaseParts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's SQL on each database (H2, and PostgreSQL in its run): an event counts once
 * however often it comes, the newest figures of a workshop win whatever the order they
 * arrive in, and the sums come per source, group and year with their first and last days.
 */
@DatabaseTest
@Import({ ImpactLedger.class, AdvocacyCache.class, LearningDatabaseParts.class })
class ImpactLedgerTests {

	@Autowired
	private ImpactLedger ledger;

	@Test
	void anEventCountsOnceAndTheNewestFiguresOfAWorkshopWin() {
		int year = 1990 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 5);
		String workshop = UUID.randomUUID().toString();
		Instant recorded = Instant.parse("2020-01-01T10:00:00Z");
		LocalDate day = LocalDate.of(year, 3, 4);
		this.ledger.count(Source.WORKSHOPS, workshop, "-", day, 30, 2, recorded, true);
		this.ledger.count(Source.WORKSHOPS, workshop, "-", day, 30, 2, recorded, true);
		Tally before = tally(Source.WORKSHOPS, "-", year);
		this.ledger.count(Source.WORKSHOPS, workshop, "-", day, 20, 1, recorded.plusSeconds(60), true);
		this.ledger.count(Source.WORKSHOPS, workshop, "-", day, 90, 9, recorded.minusSeconds(60), true);

		Tally after = tally(Source.WORKSHOPS, "-", year);
		assertThat(after.events()).isEqualTo(before.events());
		assertThat(after.first()).isEqualTo(before.first() - 10);
		assertThat(after.second()).isEqualTo(before.second() - 1);
		assertThat(after.firstDay()).isBeforeOrEqualTo(day);
	}

	@Test
	void sumsComePerSourceGroupAndYear() {
		String campaign = "ledger-" + UUID.randomUUID().toString().substring(0, 8);
		Instant at = Instant.parse("2021-06-01T10:00:00Z");
		this.ledger.count(Source.PLEDGES, ImpactLedger.hashed("pledge", campaign + 1), campaign,
				LocalDate.of(2021, 6, 1), 1, 0, at, false);
		this.ledger.count(Source.PLEDGES, ImpactLedger.hashed("pledge", campaign + 2), campaign,
				LocalDate.of(2021, 6, 9), 1, 0, at, false);
		this.ledger.count(Source.PLEDGES, ImpactLedger.hashed("pledge", campaign + 3), campaign,
				LocalDate.of(2022, 1, 2), 1, 0, at, false);
		this.ledger.count(Source.PLEDGES, ImpactLedger.hashed("pledge", campaign + 3), campaign,
				LocalDate.of(2022, 1, 2), 1, 0, at, false);

		Tally first = tally(Source.PLEDGES, campaign, 2021);
		assertThat(first.events()).isEqualTo(2);
		assertThat(first.firstDay()).isEqualTo(LocalDate.of(2021, 6, 1));
		assertThat(first.lastDay()).isEqualTo(LocalDate.of(2021, 6, 9));
		assertThat(tally(Source.PLEDGES, campaign, 2022).events()).isEqualTo(1);
		assertThat(ImpactLedger.hashed("report", "x")).hasSize(64).isNotEqualTo(ImpactLedger.hashed("learner", "x"));
	}

	private Tally tally(Source source, String group, int year) {
		List<Tally> found = this.ledger.tallies()
			.stream()
			.filter((tally) -> tally.source() == source && tally.group().equals(group) && tally.year() == year)
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
