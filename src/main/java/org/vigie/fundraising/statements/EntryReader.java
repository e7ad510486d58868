package org.vigie.fundraising.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@code Ntry} elements of one statement into {@link Entry entries}: one per
 * entry, or one per transaction detail when a batch gives an amount for each (their sum
 * must then be the batch's amount). Movements without a bank reference get a
 * {@link ReferenceHashes hashed} one.
 */
final class EntryReader {

	private final ReferenceHashes hashes;

	EntryReader(String accountIban) {
		this.hashes = new ReferenceHashes(accountIban);
	}

	/**
	 * The entries of one {@code Ntry}.
	 * @param number its position in the file, from 1, for the messages
	 */
	List<Entry> read(XmlNode ntry, int number) {
		String where = "#" + number;
		BigDecimal amount = Amounts.signed(ntry, ntry.at("Amt"), null, where);
		Entry.Status status = status(ntry, where);
		LocalDate booking = date(ntry.at("BookgDt"), where);
		if (booking == null) {
			throw new StatementProblem("missing", "BookgDt", where);
		}
		LocalDate value = date(ntry.at("ValDt"), where);
		if (value == null) {
			value = booking;
		}
		String reference = first(ntry.textAt("AcctSvcrRef"), ntry.textAt("NtryRef"));
		List<XmlNode> details = new ArrayList<>();
		for (XmlNode group : ntry.children("NtryDtls")) {
			details.addAll(group.children("TxDtls"));
		}
		if (details.size() <= 1 || !details.stream().allMatch((d) -> detailAmount(d) != null)) {
			XmlNode detail = details.isEmpty() ? null : details.get(0);
			return List.of(entry(reference, amount, status, booking, value, detail, amount.signum() > 0));
		}
		String indicator = ntry.textAt("CdtDbtInd");
		List<Entry> entries = new ArrayList<>(details.size());
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < details.size(); i++) {
			XmlNode detail = details.get(i);
			String at = where + "." + (i + 1);
			BigDecimal part = Amounts.signed(detail, detailAmount(detail), indicator, at);
			sum = sum.add(part);
			String own = detail.textAt("Refs", "AcctSvcrRef");
			String partReference = (own != null) ? own : (reference != null) ? reference + "#" + (i + 1) : null;
			entries.add(entry(partReference, part, status, booking, value, detail, part.signum() > 0));
		}
		if (sum.compareTo(amount) != 0) {
			throw new StatementProblem("batch", where, amount.toPlainString(), sum.toPlainString());
		}
		return entries;
	}

	/**
	 * The amount of a transaction detail: {@code Amt} from version 05,
	 * {@code AmtDtls/TxAmt/Amt} before.
	 */
	private static XmlNode detailAmount(XmlNode detail) {
		XmlNode amount = detail.at("Amt");
		return (amount != null) ? amount : detail.at("AmtDtls", "TxAmt", "Amt");
	}

	private Entry entry(String reference, BigDecimal amount, Entry.Status status, LocalDate booking, LocalDate value,
			XmlNode detail, boolean credit) {
		String name = null;
		String iban = null;
		String structured = null;
		String text = null;
		if (detail != null) {
			String party = credit ? "Dbtr" : "Cdtr";
			XmlNode parties = detail.at("RltdPties");
			if (parties != null) {
				name = first(parties.textAt(party, "Nm"), parties.textAt(party, "Pty", "Nm"));
				iban = parties.textAt(party + "Acct", "Id", "IBAN");
			}
			structured = detail.textAt("RmtInf", "Strd", "CdtrRefInf", "Ref");
			List<String> lines = new ArrayList<>();
			XmlNode remittance = detail.at("RmtInf");
			if (remittance != null) {
				remittance.children("Ustrd").forEach((line) -> lines.add(line.text()));
			}
			text = lines.isEmpty() ? null : String.join(" ", lines).strip();
		}
		if (reference == null) {
			reference = this.hashes.next(amount, booking, value, name, iban, structured, text);
		}
		return new Entry(reference, amount, status, booking, value, name, iban, structured, text);
	}

	private static Entry.Status status(XmlNode ntry, String where) {
		String code = first(ntry.textAt("Sts", "Cd"), ntry.textAt("Sts"));
		if (code == null) {
			throw new StatementProblem("missing", "Sts", where);
		}
		try {
			return Entry.Status.valueOf(code);
		}
		catch (IllegalArgumentException ex) {
			throw new StatementProblem("status", StatementProblem.excerpt(code), where);
		}
	}

	/**
	 * A {@code Dt} or {@code DtTm} element's day, or {@code null} when the element is
	 * missing.
	 */
	static LocalDate date(XmlNode holder, String where) {
		if (holder == null) {
			return null;
		}
		String text = first(holder.textAt("Dt"), holder.textAt("DtTm"));
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new StatementProblem("date", StatementProblem.excerpt(text), where);
		}
	}

	private static String first(String one, String other) {
		return (one != null) ? one : other;
	}

}
