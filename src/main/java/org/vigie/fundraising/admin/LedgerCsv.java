package org.vigie.fundraising.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.fundraising.Money;
import org.vigie.fundraising.ledger.LedgerEntry;

/**
 * Writes ledger entries as the accountant's CSV file: one row per entry, then a totals
 * row. Cells are separated by {@code ;} because Excel set to Belgian (French or Dutch)
 * regional settings uses the comma as its decimal mark and therefore expects the
 * semicolon between cells; the file starts with a byte order mark so Excel reads it as
 * UTF-8. A text cell starting with {@code = + - @}, a tab or a carriage return is
 * prefixed with {@code '} so that a spreadsheet never runs it as a formula; amounts are
 * written by this class and stay numbers.
 */
final class LedgerCsv {

	static final char SEPARATOR = ';';

	static final String BOM = "\uFEFF";

	static final List<String> HEADER = List.of("date", "entry", "kind", "campaign", "gift", "method", "provider",
			"payment_reference", "gross", "fee", "net", "deductible", "source", "note");

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private final Writer out;

	private final Map<UUID, String> campaignKeys;

	private final Map<UUID, GiftFacts> gifts;

	private long count;

	private long gross;

	private long fee;

	LedgerCsv(Writer out, Map<UUID, String> campaignKeys, Map<UUID, GiftFacts> gifts) {
		this.out = out;
		this.campaignKeys = campaignKeys;
		this.gifts = gifts;
	}

	void header() {
		write(BOM);
		row(HEADER);
	}

	void entry(LedgerEntry entry) {
		GiftFacts gift = (entry.giftId() != null) ? this.gifts.get(entry.giftId()) : null;
		row(List.of(entry.bookedOn().toString(), Long.toString(entry.id()), entry.kind().name(),
				this.campaignKeys.getOrDefault(entry.campaignId(), entry.campaignId().toString()),
				(entry.giftId() != null) ? entry.giftId().toString() : "", (gift != null) ? gift.method() : "",
				(gift != null && gift.provider() != null) ? gift.provider() : "",
				(gift != null && gift.paymentRef() != null) ? gift.paymentRef() : "", Money.plain(entry.amountCents()),
				Money.plain(entry.feeCents()), Money.plain(entry.netCents()), Boolean.toString(entry.deductible()),
				entry.source().name(), (entry.note() != null) ? entry.note() : ""));
		this.count++;
		this.gross += entry.amountCents();
		this.fee += entry.feeCents();
	}

	/** The totals row, after the entries. */
	void totals() {
		row(List.of("total", Long.toString(this.count), "", "", "", "", "", "", Money.plain(this.gross),
				Money.plain(this.fee), Money.plain(this.gross - this.fee), "", "", ""));
	}

	long count() {
		return this.count;
	}

	private void row(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(SEPARATOR);
			}
			line.append(cell(cells.get(i)));
		}
		write(line.append("\r\n").toString());
	}

	/**
	 * A cell made safe: no formula, quoted when it holds a separator, a quote or a line.
	 */
	static String cell(String value) {
		String safe = value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !NUMBER.matcher(safe).matches()) {
			safe = "'" + safe;
		}
		if (safe.indexOf(SEPARATOR) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0) {
			safe = "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private void write(String text) {
		try {
			this.out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the file tells of a gift: how it was paid, never who gave it.
	 *
	 * @param method the method
	 * @param provider the provider, or {@code null}
	 * @param paymentRef the provider's payment id, or {@code null}
	 */
	record GiftFacts(String method, String provider, String paymentRef) {
	}

}
