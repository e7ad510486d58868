package org.vigie.fundraising.reconciliation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.fundraising.banking.BankingRefused;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.statements.Entry;

/**
 * The structured communication a bank line carries: in the creditor reference the bank
 * gives, else written by the payer in the free text ({@code +++123/4567/89012+++} or
 * {@code ***…***}). A communication whose check digits are wrong is kept as typed, so
 * that the fundraiser sees why the line was not matched.
 *
 * @param communication the communication, or {@code null} when none or a wrong one
 * @param wrong the digits as typed when their check digits are wrong, else {@code null}
 */
record CommunicationFound(StructuredCommunication communication, String wrong) {

	private static final Pattern IN_TEXT = Pattern
		.compile("[+*]{3}\\s*([0-9]{3})\\s*/?\\s*([0-9]{4})\\s*/?\\s*([0-9]{5})\\s*[+*]{3}");

	private static final Pattern TWELVE = Pattern.compile("[0-9]{12}");

	static final CommunicationFound NONE = new CommunicationFound(null, null);

	/** What a line carries. */
	static CommunicationFound in(Entry entry) {
		String reference = entry.structuredReference();
		if (reference != null) {
			String digits = reference.replaceAll("[\\s+*/]", "");
			if (TWELVE.matcher(digits).matches()) {
				return parsed(digits);
			}
		}
		if (entry.unstructuredText() != null) {
			Matcher found = IN_TEXT.matcher(entry.unstructuredText());
			if (found.find()) {
				return parsed(found.group(1) + found.group(2) + found.group(3));
			}
		}
		return NONE;
	}

	private static CommunicationFound parsed(String digits) {
		try {
			return new CommunicationFound(StructuredCommunication.parse(digits), null);
		}
		catch (BankingRefused ex) {
			return new CommunicationFound(null, digits);
		}
	}

}
