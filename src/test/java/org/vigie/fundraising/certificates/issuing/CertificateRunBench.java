package org.vigie.fundraising.certificates.issuing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vigie.TestClock;
import org.vigie.fundraising.FundraisingFixtures;
import org.vigie.fundraising.FundraisingTest;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.donors.PostalAddress;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How long the January run takes for 5,000 donors (one gift each, every one certified),
 * the figure behind running it as a job rather than in the request. Runs only with
 * {@code -Dvigie.bench=true}: it fills the shared test database with 5,000 donors.
 */
@FundraisingTest
class CertificateRunBench {

	private static final int DONORS = 5_000;

	@Autowired
	private CertificateRun run;

	@Autowired
	private Donors donors;

	@Autowired
	private CampaignStore campaigns;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void fiveThousandDonors() {
		assumeTrue(Boolean.getBoolean("vigie.bench"));
		int year = 2010;
		Campaign campaign = FundraisingFixtures.openAppeal(this.campaigns, LocalDate.now());
		Instant now = Instant.now();
		long filling = System.nanoTime();
		for (int i = 0; i < DONORS; i++) {
			Language language = Language.all().get(i % 3);
			UUID donor = this.donors.record(new DonorDetails("bench-" + UUID.randomUUID() + "@example.invalid",
					"Bench" + i, "Donor" + i, new PostalAddress("Rue du Banc " + i, "1000", "Bruxelles", "BE"),
					YearDonors.nrn(), language, "test"), now);
			UUID gift = UUID.randomUUID();
			this.jdbc.sql("""
					insert into fundraising_gift (id, donor_id, campaign_id, amount_cents, method, status, deductible,
						certificate_wanted, monthly, language, created_at, settled_on)
					values (?, ?, ?, ?, 'TRANSFER', 'SETTLED', true, true, false, ?, ?, ?)""")
				.params(gift, donor, campaign.id(), 50_00 + i, language.code(), Timestamp.from(now),
						Date.valueOf(LocalDate.of(year, 6, 1)))
				.update();
			this.jdbc
				.sql("""
						insert into fundraising_ledger (entry_key, kind, campaign_id, gift_id, donor_id, amount_cents, fee_cents,
							deductible, booked_on, recorded_at, source) values (?, 'GIFT', ?, ?, ?, ?, 0, true, ?, ?, 'DEMO')""")
				.params("bench:" + gift, campaign.id(), gift, donor, 50_00 + i, Date.valueOf(LocalDate.of(year, 6, 1)),
						Timestamp.from(now))
				.update();
		}
		System.out.printf("bench: %d donors recorded in %d ms%n", DONORS, (System.nanoTime() - filling) / 1_000_000);
		YearDonors.january(this.clock, year);
		long start = System.nanoTime();
		CertificateRun.Outcome outcome = this.run.issue(year, "bench", CertificateRun.Progress.NONE);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("bench: %d certificates issued in %d ms (%.1f ms each)%n", outcome.issued(), millis,
				(double) millis / outcome.issued());
		assertThat(outcome.issued()).isEqualTo(DONORS);
	}

}
