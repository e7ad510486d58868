package org.vigie.fundraising.reconciliation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Writes fictitious CAMT.053 statements for the tests, their balances adding up: a line
 * per movement, with the bank's reference, the payer's name and account, a structured
 * reference or a free text.
 */
final class Camt {

	/** The NGO's account in the tests (a valid Belgian IBAN). */
	static final String ACCOUNT = "BE14063123456783";

	private Camt() {
	}

	/** A credit with the bank's structured reference (twelve digits). */
	static Line structured(long cents, String day, String payer, String digits) {
		return new Line(reference(), cents, day, payer, digits, null);
	}

	/** A credit with a free text. */
	static Line text(long cents, String day, String payer, String text) {
		return new Line(reference(), cents, day, payer, null, text);
	}

	/** Money going out. */
	static Line debit(long cents, String day, String payee) {
		return new Line(reference(), -cents, day, payee, null, "Invoice");
	}

	static String reference() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
	}

	/** A statement of the lines on the tests' account. */
	static byte[] statement(String from, String to, List<Line> lines) {
		return statement(ACCOUNT, "EUR", from, to, lines);
	}

	static byte[] statement(String account, String currency, String from, String to, List<Line> lines) {
		long closing = 100_000 + lines.stream().mapToLong(Line::cents).sum();
		StringBuilder xml = new StringBuilder(
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
						<GrpHdr><MsgId>M1</MsgId><CreDtTm>%sT06:00:00+01:00</CreDtTm></GrpHdr>
						<Stmt><Id>S-%s</Id><CreDtTm>%sT06:00:00+01:00</CreDtTm>
						<FrToDt><FrDtTm>%sT00:00:00+01:00</FrDtTm><ToDtTm>%sT23:59:59+01:00</ToDtTm></FrToDt>
						<Acct><Id><IBAN>%s</IBAN></Id><Ccy>%s</Ccy></Acct>
						<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="%s">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>
						<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="%s">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>
						"""
					.formatted(to, UUID.randomUUID(), to, from, to, account, currency, currency, from, currency,
							BigDecimal.valueOf(closing, 2).toPlainString(), to));
		for (Line line : lines) {
			xml.append(line.xml(currency));
		}
		xml.append("</Stmt></BkToCstmrStmt></Document>\n");
		return xml.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A movement.
	 *
	 * @param reference the bank's reference
	 * @param cents signed
	 * @param day booking day
	 * @param party payer or payee
	 * @param structured twelve digits of a structured communication, or {@code null}
	 * @param text free text, or {@code null}
	 */
	record Line(String reference, long cents, String day, String party, String structured, String text) {

		String xml(String currency) {
			String party = (this.cents > 0)
					? "<Dbtr><Nm>" + this.party + "</Nm></Dbtr>"
							+ "<DbtrAcct><Id><IBAN>BE58001987654379</IBAN></Id></DbtrAcct>"
					: "<Cdtr><Nm>" + this.party + "</Nm></Cdtr>";
			String remittance = (this.structured != null)
					? "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>"
							+ this.structured + "</Ref></CdtrRefInf></Strd>"
					: "<Ustrd>" + this.text + "</Ustrd>";
			return """
					<Ntry><Amt Ccy="%s">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts>BOOK</Sts>
					<BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt><AcctSvcrRef>%s</AcctSvcrRef>
					<NtryDtls><TxDtls><RltdPties>%s</RltdPties><RmtInf>%s</RmtInf></TxDtls></NtryDtls></Ntry>
					""".formatted(currency, BigDecimal.valueOf(Math.abs(this.cents), 2).toPlainString(),
					(this.cents > 0) ? "CRDT" : "DBIT", this.day, this.day, this.reference, party, remittance);
		}

	}

}
