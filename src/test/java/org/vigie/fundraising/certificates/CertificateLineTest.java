package org.vigie.fundraising.certificates;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.vigie.fundraising.banking.NationalRegisterNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vigie.fundraising.certificates.CertificateFixtures.FIRST_NUMBER;

/**
 * A certificate or an institution that Belcotax would not take is refused when it is
 * made, with a reason naming the certificate and the field, in the fundraiser's language,
 * and never quoting the national register number.
 */
class CertificateLineTest {

	private static final PostalAddress IXELLES = new PostalAddress("Avenue des Tilleuls 3", "1050", "Ixelles", "BE");

	@Test
	void aLineWithoutNationalNumberIsRefusedNamingTheCertificate() {
		CertificateRefused refused = refusedLine(() -> new CertificateLine(7, CertificateLine.Kind.ORIGINAL, null,
				"Fictive", "Amélie", IXELLES, Language.FR, 150_00));

		assertThat(refused.code()).isEqualTo("fundraising.certificates.problem.line.missing");
		assertThat(CertificateFixtures.message(refused, Locale.ENGLISH))
			.isEqualTo("Certificate 7: the national register number is missing.");
		assertThat(CertificateFixtures.message(refused, Locale.FRENCH))
			.isEqualTo("Attestation 7 : le numéro de registre national manque.");
	}

	@Test
	void aZeroNegativeBelowFortyEurosOrAbsurdAmountIsRefused() {
		for (long cents : new long[] { 0, -100, 39_99, 100_000_000_000L }) {
			CertificateRefused refused = refusedLine(() -> line(CertificateLine.Kind.ORIGINAL, IXELLES, cents));
			assertThat(refused.code()).as("%d cents", cents).isEqualTo("fundraising.certificates.problem.line.amount");
		}
		assertThat(line(CertificateLine.Kind.ORIGINAL, IXELLES, 40_00).totalCents()).isEqualTo(40_00);
		assertThat(line(CertificateLine.Kind.CANCELLATION, IXELLES, 25_00).totalCents()).isEqualTo(25_00);
	}

	@Test
	void aWrongPostcodeOrAnUnknownCountryIsRefused() {
		assertThat(refusedLine(() -> line(CertificateLine.Kind.ORIGINAL,
				new PostalAddress("Avenue des Tilleuls 3", "105", "Ixelles", "BE"), 150_00))
			.code()).isEqualTo("fundraising.certificates.problem.line.belgianPostcode");
		assertThat(refusedLine(() -> line(CertificateLine.Kind.ORIGINAL,
				new PostalAddress("Avenue des Tilleuls 3", "0999", "Ixelles", "BE"), 150_00))
			.code()).isEqualTo("fundraising.certificates.problem.line.belgianPostcode");
		assertThat(refusedLine(() -> line(CertificateLine.Kind.ORIGINAL,
				new PostalAddress("Rue Nationale 40", "<59000>", "Lille", "FR"), 150_00))
			.code()).isEqualTo("fundraising.certificates.problem.line.foreignPostcode");
		assertThat(refusedLine(() -> line(CertificateLine.Kind.ORIGINAL,
				new PostalAddress("Ginza 1", "104-0061", "Tokyo", "JP"), 150_00))
			.code()).isEqualTo("fundraising.certificates.problem.line.country");
	}

	@Test
	void missingOverlongOrControlCharacterTextsAreRefused() {
		CertificateRefused blank = refusedLine(() -> new CertificateLine(3, CertificateLine.Kind.ORIGINAL,
				NationalRegisterNumber.parse(FIRST_NUMBER), " ", "Amélie", IXELLES, Language.FR, 150_00));
		assertThat(CertificateFixtures.message(blank, Locale.ENGLISH))
			.isEqualTo("Certificate 3: the surname is missing.");

		CertificateRefused overlong = refusedLine(() -> new CertificateLine(3, CertificateLine.Kind.ORIGINAL,
				NationalRegisterNumber.parse(FIRST_NUMBER), "X".repeat(42), "Amélie", IXELLES, Language.FR, 150_00));
		assertThat(CertificateFixtures.message(overlong, Locale.forLanguageTag("nl")))
			.isEqualTo("Attest 3: de naam is langer dan de 41 tekens die Belcotax aanvaardt.");

		CertificateRefused control = refusedLine(() -> new CertificateLine(3, CertificateLine.Kind.ORIGINAL,
				NationalRegisterNumber.parse(FIRST_NUMBER), "Fictive\u0000", "Amélie", IXELLES, Language.FR, 150_00));
		assertThat(control.code()).isEqualTo("fundraising.certificates.problem.line.unreadable");
		assertThat(refusedLine(() -> line(CertificateLine.Kind.ORIGINAL,
				new PostalAddress("Rue " + "x".repeat(5000), "1050", "Ixelles", "BE"), 150_00))
			.code()).isEqualTo("fundraising.certificates.problem.line.unreadable");
		CertificateRefused halfCharacter = refusedLine(() -> new CertificateLine(3, CertificateLine.Kind.ORIGINAL,
				NationalRegisterNumber.parse(FIRST_NUMBER), "Fictive\uD83D", "Amélie", IXELLES, Language.FR, 150_00));
		assertThat(halfCharacter.code()).isEqualTo("fundraising.certificates.problem.line.unreadable");
	}

	@Test
	void aRefusalNeverQuotesTheNationalNumber() {
		CertificateRefused refused = refusedLine(() -> line(CertificateLine.Kind.ORIGINAL, IXELLES, 0));

		assertThat(refused.getMessage()).doesNotContain(FIRST_NUMBER);
		assertThat(CertificateFixtures.message(refused, Locale.ENGLISH)).doesNotContain(FIRST_NUMBER);
		assertThat(line(CertificateLine.Kind.ORIGINAL, IXELLES, 150_00).toString()).doesNotContain(FIRST_NUMBER);
	}

	@Test
	void theInstitutionNeedsAValidEnterpriseNumberAndABelgianOffice() {
		assertThat(EnterpriseNumber.parse("0477.472.701").display()).isEqualTo("0477.472.701");
		assertThat(EnterpriseNumber.parse("477472701").digits()).isEqualTo("0477472701");
		assertThat(refused(() -> EnterpriseNumber.parse("0477.472.702")).code())
			.isEqualTo("fundraising.certificates.problem.enterpriseNumberCheck");
		assertThat(refused(() -> EnterpriseNumber.parse("2477.472.701")).code())
			.isEqualTo("fundraising.certificates.problem.enterpriseNumberShape");
		CertificateRefused abroad = refused(() -> new Declarant("Jeunesse ASBL", EnterpriseNumber.parse("0477472701"),
				new PostalAddress("Rue Nationale 40", "59000", "Lille", "FR"), "Claire Fictive", "+3225550123",
				"dons@example.org", Language.FR));
		assertThat(abroad.code()).isEqualTo("fundraising.certificates.problem.declarant.country");
		CertificateRefused english = refused(() -> new Declarant("Jeunesse ASBL", EnterpriseNumber.parse("0477472701"),
				IXELLES, "Claire Fictive", "+3225550123", "dons@example.org", Language.EN));
		assertThat(english.code()).isEqualTo("fundraising.certificates.problem.declarant.language");
		CertificateRefused phone = refused(() -> new Declarant("Jeunesse ASBL", EnterpriseNumber.parse("0477472701"),
				IXELLES, "Claire Fictive", "call us", "dons@example.org", Language.FR));
		assertThat(phone.code()).isEqualTo("fundraising.certificates.problem.declarant.phone");
	}

	private static CertificateLine line(CertificateLine.Kind kind, PostalAddress address, long cents) {
		return CertificateFixtures.line(9, kind, FIRST_NUMBER, "Fictive", "Amélie", address, Language.FR, cents);
	}

	private static CertificateRefused refusedLine(Runnable making) {
		return refused(making);
	}

	private static CertificateRefused refused(Runnable making) {
		CertificateRefused refused = catchThrowableOfType(CertificateRefused.class, making::run);
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

}
