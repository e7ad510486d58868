package org.vigie.fundraising.certificates;

import java.util.List;
import java.util.Locale;

import org.vigie.fundraising.banking.NationalRegisterNumber;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A fictitious institution and its donors, and the bundle to read a refusal as a
 * fundraiser would.
 */
final class CertificateFixtures {

	/** The national register number of the first donor, as typed. */
	static final String FIRST_NUMBER = "85073003328";

	private CertificateFixtures() {
	}

	static Declarant declarant() {
		return new Declarant("Jeunesse Prévention Bruxelles ASBL", EnterpriseNumber.parse("BE 0477.472.701"),
				new PostalAddress("Rue de l’Exemple 12", "1000", "Bruxelles", "BE"), "Claire Fictive",
				"+32 2 555 01 23", "dons@example.org", Language.FR);
	}

	static CertificateLine line(int number, CertificateLine.Kind kind, String nationalNumber, String name,
			String firstName, PostalAddress address, Language language, long cents) {
		return new CertificateLine(number, kind, NationalRegisterNumber.parse(nationalNumber), name, firstName, address,
				language, cents);
	}

	/** Four donors of 2024: in Brussels, Ghent, Lille and Leuven (who reads English). */
	static List<CertificateLine> year2024() {
		return List.of(
				line(1, CertificateLine.Kind.ORIGINAL, FIRST_NUMBER, "Fictive", "Amélie",
						new PostalAddress("Avenue des Tilleuls 3", "1050", "Ixelles", "BE"), Language.FR, 150_00),
				line(2, CertificateLine.Kind.ORIGINAL, "92021415711", "Voorbeeld", "Jan",
						new PostalAddress("Kouter 8", "9000", "Gent", "BE"), Language.NL, 40_00),
				line(3, CertificateLine.Kind.ORIGINAL, "67112304669", "Exemple", "Jean-Christophe-Marie",
						new PostalAddress("Rue Nationale 40", "59000", "Lille", "FR"), Language.FR, 1_234_56),
				line(4, CertificateLine.Kind.ORIGINAL, "01030528425", "Sample", "Olivia",
						new PostalAddress("Naamsestraat 1", "3000", "Leuven", "BE"), Language.EN, 72_50));
	}

	/** A refusal as the fundraiser reads it. */
	static String message(CertificateRefused refused, Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/fundraising-certificates");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages.getMessage(refused.code(), refused.arguments(), locale);
	}

}
