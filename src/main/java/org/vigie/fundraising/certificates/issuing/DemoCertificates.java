package org.vigie.fundraising.certificates.issuing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.DonorDetails;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.donors.PostalAddress;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.site.Language;

/**
 * Demo donors for the certificates page: a few fictitious people (national register
 * numbers with valid check digits, addresses, {@code @example.invalid} emails) with
 * deductible gifts booked in 2025 to the demo's standing appeal (no deadline), so that a
 * fundraiser can run the certificates of 2025 at once. Three get a certificate (in
 * French, Dutch and English, one after a partial refund), one is listed for follow-up (no
 * national register number), one stays under 40 €. Loaded once the core's demo campaigns
 * exist, only with {@code vigie.demo.enabled} and when they are not there yet; written
 * straight to the ledger like the core's demo gifts, so no thank-you email leaves.
 */
@Component
class DemoCertificates {

	static final String CAMPAIGN = "general-support";

	static final String MARK = "demo:certificates:";

	private final CampaignStore campaigns;

	private final Donors donors;

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoCertificates(CampaignStore campaigns, Donors donors, Ledger ledger, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock, @Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.campaigns = campaigns;
		this.donors = donors;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	/** Runs after every bean, the core's demo loader included, has started. */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.enabled || this.ledger.contains(MARK + "1")) {
			return;
		}
		this.campaigns.byKey(CAMPAIGN).ifPresent((campaign) -> this.transactions.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			donor(campaign, 1, "Amélie", "Fictive", Language.FR, "85.07.30-033.28",
					new PostalAddress("Avenue des Tilleuls 3", "1050", "Ixelles", "BE"), now, 100_00, 50_00);
			UUID pieter = donor(campaign, 3, "Pieter", "Voorbeeld", Language.NL, "79.02.14-145.41",
					new PostalAddress("Kerkstraat 10", "9000", "Gent", "BE"), now, 75_00);
			this.ledger.append(new NewEntry(MARK + "refund", EntryKind.REFUND, campaign.id(), null, giftOf(pieter),
					pieter, -25_00, 0, true, LocalDate.of(2025, 11, 4), EntrySource.DEMO, "Partial refund", null), now);
			donor(campaign, 4, "Grace", "Example", Language.EN, "92.06.11-268.18",
					new PostalAddress("Rue du Test 7", "1040", "Etterbeek", "BE"), now, 250_00);
			donor(campaign, 5, "Jonas", "Sansnuméro", Language.FR, null, null, now, 45_00);
			donor(campaign, 6, "Lina", "Petitdon", Language.FR, "67.09.03-387.23",
					new PostalAddress("Rue Courte 1", "1000", "Bruxelles", "BE"), now, 35_00);
		}));
	}

	/** A donor with one settled gift per amount, booked in 2025. */
	private UUID donor(Campaign campaign, int n, String first, String last, Language language, String nrn,
			PostalAddress address, Instant now, long... amounts) {
		UUID donorId = this.donors.record(new DonorDetails("demo-certificate-" + n + "@example.invalid", first, last,
				address, (nrn != null) ? NationalRegisterNumber.parse(nrn) : null, language, "demo"), now);
		int index = 0;
		for (long cents : amounts) {
			LocalDate day = LocalDate.of(2025, 3 + 4 * index, 10 + n);
			UUID giftId = UUID.randomUUID();
			this.jdbc.sql("""
					insert into fundraising_gift (id, donor_id, campaign_id, amount_cents, method, status, deductible,
						certificate_wanted, monthly, language, created_at, settled_on)
					values (?, ?, ?, ?, 'TRANSFER', 'SETTLED', true, ?, false, ?, ?, ?)""")
				.params(giftId, donorId, campaign.id(), cents, nrn != null, language.code(), Timestamp.from(now),
						Date.valueOf(day))
				.update();
			this.ledger.append(
					new NewEntry(MARK + ((index == 0) ? String.valueOf(n) : n + "-" + index), EntryKind.GIFT,
							campaign.id(), null, giftId, donorId, cents, 0, true, day, EntrySource.DEMO, null, null),
					now);
			index++;
		}
		return donorId;
	}

	private UUID giftOf(UUID donorId) {
		return this.jdbc.sql("select id from fundraising_gift where donor_id = ? fetch first 1 rows only")
			.param(donorId)
			.query(UUID.class)
			.single();
	}

}
