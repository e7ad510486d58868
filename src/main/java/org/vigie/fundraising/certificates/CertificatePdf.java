package org.vigie.fundraising.certificates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.vigie.fundraising.banking.NationalRegisterNumber;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The certificate a donor receives for a year's gifts, one A4 page in the donor's
 * language (texts of the {@code fundraising-certificates} bundles): the institution's
 * name, registered office and enterprise number, the certificate's number and calendar
 * year, the donor's name and address, the total given "definitively and irrevocably"
 * between asterisks so that it cannot be altered, and the legal mention of article 145/33
 * of the income tax code (CIR 92). A modification says which certificate it replaces; a
 * cancellation says which certificate no longer counts.
 * <p>
 * The official form exists in French, Dutch and German. An English certificate says the
 * same in English and gives the official French terms in brackets.
 * <p>
 * The national register number is printed with only its last four digits: the full number
 * goes to the tax administration through Belcotax, and the donor, who knows it, can see
 * the certificate is theirs, while a certificate sent by email or left on a desk does not
 * hand the number to anyone else.
 */
public final class CertificatePdf {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	public CertificatePdf() {
		this.messages.setBasenames("messages/fundraising-certificates");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	/**
	 * Draws a donor's certificate.
	 * @param declarant the institution
	 * @param year the calendar year of the gifts
	 * @param line the certificate
	 * @param issuedOn the day it is issued
	 * @return the PDF
	 */
	public byte[] render(Declarant declarant, int year, CertificateLine line, LocalDate issuedOn) {
		Locale locale = line.language().locale();
		Words words = new Words(locale);
		String number = String.valueOf(line.number());
		PdfPage page = new PdfPage();
		page.add(words.get("title"), 17, true, 0);
		page.add(words.get("number", number, String.valueOf(year)), 12, true, 10);
		switch (line.kind()) {
			case MODIFICATION -> page.add(words.get("modification", number, String.valueOf(year)), 11, false, 6);
			case CANCELLATION -> page.add(words.get("cancellation", number, String.valueOf(year)), 11, true, 6);
			case ORIGINAL -> {
			}
		}
		parties(page, words, declarant, line);
		page.add(words.get("amount", String.valueOf(year)), 11, false, 16);
		page.add("***" + euros(line.totalCents(), line.language()) + "*** EUR", 15, true, 4);
		if (line.kind() != CertificateLine.Kind.CANCELLATION) {
			page.add(words.get("reduction"), 10, false, 16);
		}
		page.add(words.get("legal"), 10, true, 8);
		String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(issuedOn);
		page.add(words.get("issued", day, declarant.name()), 10, false, 16);
		page.add(words.get("footer"), 8, false, 24);
		return page.render(words.get("title") + " " + number + "/" + year);
	}

	/** The institution and the donor, each under its heading. */
	private static void parties(PdfPage page, Words words, Declarant declarant, CertificateLine line) {
		PostalAddress office = declarant.address();
		PostalAddress home = line.address();
		page.add(words.get("institution"), 11, true, 16);
		page.add(declarant.name(), 11, false, 2);
		page.add(office.street() + ", " + office.postcode() + " " + office.city(), 11, false, 0);
		page.add(words.get("enterpriseNumber", declarant.enterpriseNumber().display()), 11, false, 0);
		page.add(words.get("donor"), 11, true, 16);
		page.add(line.firstName() + " " + line.name(), 11, false, 2);
		page.add(home.street() + ", " + home.postcode() + " " + home.city() + " (" + home.countryCode() + ")", 11,
				false, 0);
		page.add(words.get("nationalNumber", masked(line.nationalNumber())), 11, false, 0);
	}

	/**
	 * The number as printed on a certificate, with all but its last four digits hidden:
	 * {@code **.**.**-*33.28}.
	 */
	static String masked(NationalRegisterNumber number) {
		StringBuilder out = new StringBuilder();
		int digits = 0;
		for (char character : number.display().toCharArray()) {
			boolean digit = Character.isDigit(character);
			out.append((digit && digits++ < 7) ? '*' : character);
		}
		return out.toString();
	}

	/** Euros and cents, with the decimal separator of the language and no grouping. */
	static String euros(long cents, Language language) {
		String separator = (language == Language.EN) ? "." : ",";
		return (cents / 100) + separator + String.format(Locale.ROOT, "%02d", cents % 100);
	}

	/** The texts of one language. */
	private final class Words {

		private final Locale locale;

		Words(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object... arguments) {
			return CertificatePdf.this.messages.getMessage("fundraising.certificates.pdf." + key, arguments,
					this.locale);
		}

	}

}
