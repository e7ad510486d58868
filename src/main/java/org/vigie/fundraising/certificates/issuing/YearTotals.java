package org.vigie.fundraising.certificates.issuing;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each donor gave deductibly in a tax year, summed from the ledger to the cent: the
 * gifts booked in the year on deductible campaigns, less their refunds and charge-backs,
 * with the corrections recorded for them. Income that is not a gift (entry fees, cash
 * handed over) is never deductible and never counted.
 */
@Component
class YearTotals {

	private static final String DEDUCTIBLE = """
			l.deductible = true and l.booked_on between ? and ? and l.donor_id is not null
				and l.kind in ('GIFT', 'REFUND', 'CHARGEBACK', 'CORRECTION')""";

	private final JdbcClient jdbc;

	YearTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The donors with no certificate yet for the year who gave at least the minimum, with
	 * their totals, by surname, first name and id.
	 */
	List<DonorTotal> uncertified(int year, long minimumCents) {
		return this.jdbc.sql("select l.donor_id, sum(l.amount_cents) from fundraising_ledger l "
				+ "join fundraising_donor d on d.id = l.donor_id where " + DEDUCTIBLE
				+ " and not exists (select 1 from fundraising_certificate c where c.donor_id = l.donor_id and c.tax_year = ?)"
				+ " group by l.donor_id, d.last_name, d.first_name having sum(l.amount_cents) >= ?"
				+ " order by d.last_name, d.first_name, l.donor_id")
			.params(Date.valueOf(TaxYears.first(year)), Date.valueOf(TaxYears.last(year)), year, minimumCents)
			.query((rs, row) -> new DonorTotal(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
	}

	/** The year's total of each donor who has a certificate for it. */
	Map<UUID, Long> ofCertified(int year) {
		Map<UUID, Long> totals = new LinkedHashMap<>();
		this.jdbc.sql("select l.donor_id, sum(l.amount_cents) from fundraising_ledger l where " + DEDUCTIBLE
				+ " and exists (select 1 from fundraising_certificate c where c.donor_id = l.donor_id and c.tax_year = ?)"
				+ " group by l.donor_id")
			.params(Date.valueOf(TaxYears.first(year)), Date.valueOf(TaxYears.last(year)), year)
			.query((rs, row) -> totals.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		return totals;
	}

	/** What each of the donor's gifts adds to the year's total, gift by gift. */
	Map<UUID, Long> gifts(UUID donorId, int year) {
		Map<UUID, Long> gifts = new LinkedHashMap<>();
		this.jdbc
			.sql("select l.gift_id, sum(l.amount_cents) from fundraising_ledger l where " + DEDUCTIBLE
					+ " and l.donor_id = ? and l.gift_id is not null group by l.gift_id order by l.gift_id")
			.params(Date.valueOf(TaxYears.first(year)), Date.valueOf(TaxYears.last(year)), donorId)
			.query((rs, row) -> gifts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
			.list();
		return gifts;
	}

	/**
	 * The donors who gave at least the minimum in the year and have no certificate for
	 * it, with why: erased, no national register number, no address, details a
	 * certificate refused at the last run, or nothing (the next run will issue theirs).
	 */
	List<FollowUp> followUp(int year, long minimumCents) {
		return this.jdbc.sql("select l.donor_id, d.first_name, d.last_name, d.erased_at is not null,"
				+ " d.nrn_sealed is not null, d.street is not null, h.reason, sum(l.amount_cents)"
				+ " from fundraising_ledger l join fundraising_donor d on d.id = l.donor_id"
				+ " left join fundraising_certificate_held h on h.donor_id = l.donor_id and h.tax_year = ? where "
				+ DEDUCTIBLE
				+ " and not exists (select 1 from fundraising_certificate c where c.donor_id = l.donor_id and c.tax_year = ?)"
				+ " group by l.donor_id, d.first_name, d.last_name, d.erased_at, d.nrn_sealed, d.street, h.reason"
				+ " having sum(l.amount_cents) >= ? order by d.last_name, d.first_name, l.donor_id")
			.params(year, Date.valueOf(TaxYears.first(year)), Date.valueOf(TaxYears.last(year)), year, minimumCents)
			.query((rs, row) -> {
				String reason = rs.getBoolean(4) ? "erased:" : !rs.getBoolean(5) ? "noNationalNumber:"
						: !rs.getBoolean(6) ? "noAddress:" : (rs.getString(7) != null) ? rs.getString(7) : "next:";
				return new FollowUp(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(8),
						reason.substring(0, reason.indexOf(':')), reason.substring(reason.indexOf(':') + 1));
			})
			.list();
	}

	/**
	 * A donor to follow up: above the minimum, without a certificate.
	 *
	 * @param donorId the donor
	 * @param firstName their first name
	 * @param lastName their surname
	 * @param totalCents their total of the year
	 * @param reason why ({@code erased}, {@code noNationalNumber}, {@code noAddress},
	 * {@code next}, or the problem a certificate found in their details)
	 * @param field the message code of the field that problem is about, or empty
	 */
	record FollowUp(UUID donorId, String firstName, String lastName, long totalCents, String reason, String field) {
	}

	/**
	 * A donor and what they gave in the year.
	 *
	 * @param donorId the donor
	 * @param totalCents their deductible total, in cents
	 */
	record DonorTotal(UUID donorId, long totalCents) {
	}

}
