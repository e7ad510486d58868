package org.vigie.fundraising.reconciliation;

import org.vigie.fundraising.Money;
import org.vigie.fundraising.payments.Payout;
import org.vigie.fundraising.reconciliation.ReconciliationReport.GiftGap;

/**
 * The reconciliation report as CSV for a spreadsheet: one row per day and a total row,
 * then the differences, each row naming its section. Amounts in euros with a dot and two
 * decimals, computed from whole cents; no name or account of a person.
 */
final class ReconciliationCsv {

	private ReconciliationCsv() {
	}

	static String of(ReconciliationReport report) {
		StringBuilder csv = new StringBuilder();
		csv.append("section,day,gifts_gross,gifts_fee,gifts_net,provider_payouts,bank_gifts,bank_payouts,")
			.append("bank_income,bank_unmatched,bank_total\r\n");
		for (Day day : report.days()) {
			row(csv, "day", day.day().toString(), day);
		}
		row(csv, "total", report.from() + "/" + report.to(), report.total());
		csv.append("\r\nsection,day,provider,reference,amount\r\n");
		for (GiftGap gap : report.giftsWithoutBankLine()) {
			csv.append("gift_without_bank_line,")
				.append(gap.day())
				.append(',')
				.append(gap.provider())
				.append(",gift:")
				.append(gap.giftId())
				.append(',')
				.append(Money.plain(gap.netCents()))
				.append("\r\n");
		}
		for (StoredLine line : report.linesWithoutGift()) {
			csv.append("bank_line_without_gift,")
				.append(line.bookedOn())
				.append(",bank,line:")
				.append(line.id())
				.append(',')
				.append(Money.plain(line.amountCents()))
				.append("\r\n");
		}
		for (Payout payout : report.payoutsNotSeen()) {
			csv.append("payout_not_on_bank,")
				.append(payout.arrival())
				.append(',')
				.append(safe(payout.provider()))
				.append(',')
				.append(safe(payout.reference()))
				.append(',')
				.append(Money.plain(payout.amountCents()))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String section, String day, Day figures) {
		csv.append(section).append(',').append(day);
		for (long cents : new long[] { figures.giftsGrossCents(), figures.giftsFeeCents(), figures.giftsNetCents(),
				figures.payoutCents(), figures.bankGiftsCents(), figures.bankPayoutsCents(), figures.bankIncomeCents(),
				figures.bankUnmatchedCents(), figures.bankCents() }) {
			csv.append(',').append(Money.plain(cents));
		}
		csv.append("\r\n");
	}

	/** A provider's text as a CSV cell that no spreadsheet takes for a formula. */
	private static String safe(String text) {
		String plain = text.replaceAll("[,\"\\r\\n]", " ");
		return (!plain.isEmpty() && "=+-@\t".indexOf(plain.charAt(0)) >= 0) ? "'" + plain : plain;
	}

}
