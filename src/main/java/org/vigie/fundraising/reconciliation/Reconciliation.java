package org.vigie.fundraising.reconciliation;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.vigie.fundraising.gifts.PaymentProviders;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.fundraising.payments.Payout;
import org.vigie.fundraising.reconciliation.ReconciliationReport.GiftGap;
import org.vigie.fundraising.reconciliation.ReconciliationReport.PayoutState;
import org.vigie.fundraising.reconciliation.ReconciliationReport.Sums;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the reconciliation report of a period from the ledger, the provider's payouts
 * and the bank statement lines, summing whole cents. A provider payout is recognised on
 * the bank account when a credit's free text holds the payout's reference.
 */
@Component
class Reconciliation {

	/** Lines listed per difference; the totals count them all. */
	static final int LISTED = 200;

	private static final String TRANSFER = "transfer";

	private final JdbcClient jdbc;

	private final PaymentProviders providers;

	Reconciliation(JdbcClient jdbc, PaymentProviders providers) {
		this.jdbc = jdbc;
		this.providers = providers;
	}

	@Transactional(readOnly = true)
	ReconciliationReport of(LocalDate from, LocalDate to) {
		Map<LocalDate, Day> days = new TreeMap<>();
		Map<String, Sums> byProvider = new TreeMap<>();
		this.jdbc
			.sql("""
					select l.booked_on, coalesce(g.provider, 'transfer') as provider, sum(l.amount_cents) as gross,
					sum(l.fee_cents) as fee, count(*) as entries from fundraising_ledger l
					left join fundraising_gift g on g.id = l.gift_id
					where l.kind = 'GIFT' and l.booked_on between ? and ? group by l.booked_on, coalesce(g.provider, 'transfer')""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((ResultSet rs) -> {
				LocalDate day = rs.getDate("booked_on").toLocalDate();
				long gross = rs.getLong("gross");
				long fee = rs.getLong("fee");
				days.merge(day, Day.empty(day).gifts(gross, fee), Day::plus);
				byProvider.merge(rs.getString("provider"), new Sums(gross, fee, rs.getLong("entries")),
						(a, b) -> a.plus(b.grossCents(), b.feeCents(), b.count()));
			});
		PayoutState state = PayoutState.NO_PROVIDER;
		List<Payout> payouts = List.of();
		PaymentProvider provider = this.providers.active().orElse(null);
		if (provider != null) {
			try {
				payouts = List.copyOf(provider.payouts(from, to));
				state = PayoutState.KNOWN;
			}
			catch (PaymentRefused ex) {
				state = PayoutState.UNREACHABLE;
			}
		}
		for (Payout payout : payouts) {
			days.merge(payout.arrival(), Day.empty(payout.arrival()).payout(payout.amountCents()), Day::plus);
		}
		Set<String> seenPayouts = new HashSet<>();
		List<StoredLine> withoutGift = bankLines(from, to, payouts, days, seenPayouts);
		List<Payout> notSeen = payouts.stream().filter((payout) -> !seenPayouts.contains(payout.reference())).toList();
		Day total = days.values().stream().reduce(Day.empty(null), Day::plus);
		total = new Day(null, total.giftsGrossCents(), total.giftsFeeCents(), total.payoutCents(),
				total.bankGiftsCents(), total.bankPayoutsCents(), total.bankIncomeCents(), total.bankUnmatchedCents());
		return new ReconciliationReport(from, to, List.copyOf(days.values()), total, byProvider, state, payouts,
				giftsWithoutBankLine(from, to, payouts, seenPayouts), withoutGift, notSeen);
	}

	/** Adds the bank credits to the days; returns those paying no gift. */
	private List<StoredLine> bankLines(LocalDate from, LocalDate to, List<Payout> payouts, Map<LocalDate, Day> days,
			Set<String> seenPayouts) {
		List<StoredLine> withoutGift = new ArrayList<>();
		this.jdbc.sql("""
				select * from fundraising_statement_line where amount_cents > 0 and booked_on between ? and ?
				order by booked_on, id""").params(Date.valueOf(from), Date.valueOf(to)).query((ResultSet rs) -> {
			StoredLine line = StoredLine.of(rs);
			long cents = line.amountCents();
			Day day = Day.empty(line.bookedOn());
			String payout = payoutIn(line, payouts);
			if (line.status() == LineStatus.MATCHED) {
				day = day.bank(cents, 0, 0, 0);
			}
			else if (line.status() == LineStatus.INCOME) {
				day = day.bank(0, 0, cents, 0);
			}
			else if (payout != null) {
				seenPayouts.add(payout);
				day = day.bank(0, cents, 0, 0);
			}
			else {
				day = day.bank(0, 0, 0, cents);
				if (withoutGift.size() < LISTED) {
					withoutGift.add(line);
				}
			}
			days.merge(line.bookedOn(), day, Day::plus);
		});
		return withoutGift;
	}

	private static String payoutIn(StoredLine line, List<Payout> payouts) {
		String text = line.remittance();
		if (text == null) {
			return null;
		}
		for (Payout payout : payouts) {
			if (!payout.reference().isBlank() && text.contains(payout.reference())) {
				return payout.reference();
			}
		}
		return null;
	}

	/**
	 * Gifts settled in the period whose money no bank line shows: transfers settled other
	 * than from a statement line, and provider payments in no payout seen on the account.
	 */
	private List<GiftGap> giftsWithoutBankLine(LocalDate from, LocalDate to, List<Payout> payouts,
			Set<String> seenPayouts) {
		Set<String> arrived = new HashSet<>();
		for (Payout payout : payouts) {
			if (seenPayouts.contains(payout.reference())) {
				arrived.addAll(payout.paymentRefs());
			}
		}
		List<GiftGap> gaps = new ArrayList<>();
		this.jdbc.sql("""
				select l.booked_on, l.entry_key, l.amount_cents, l.fee_cents, g.id, g.provider, g.payment_ref
				from fundraising_ledger l join fundraising_gift g on g.id = l.gift_id
				where l.kind = 'GIFT' and l.booked_on between ? and ? order by l.booked_on, l.id""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((ResultSet rs) -> {
				String provider = rs.getString("provider");
				boolean seen = (provider == null) ? rs.getString("entry_key").startsWith("statement:")
						: arrived.contains(rs.getString("payment_ref"));
				if (!seen) {
					gaps.add(new GiftGap(rs.getDate("booked_on").toLocalDate(),
							(provider != null) ? provider : TRANSFER, rs.getObject("id", UUID.class),
							rs.getLong("amount_cents") - rs.getLong("fee_cents")));
				}
			});
		return gaps;
	}

}
