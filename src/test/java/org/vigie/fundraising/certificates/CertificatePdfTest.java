package org.vigie.fundraising.certificates;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.learning.Poppler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.fundraising.certificates.CertificateFixtures.declarant;
import static org.vigie.fundraising.certificates.CertificateFixtures.line;
import static org.vigie.fundraising.certificates.CertificateFixtures.year2024;

/**
 * What a donor reads on their certificate, as a PDF viewer shows it (pdftotext): in their
 * language, with the number, the year, the total and the institution, and with their
 * national register number recognisable but never whole.
 */
class CertificatePdfTest {

	private static final LocalDate ISSUED = LocalDate.of(2025, 2, 10);

	private final CertificatePdf pdf = new CertificatePdf();

	@BeforeAll
	static void poppler() {
		Poppler.require();
	}

	@Test
	void aFrenchCertificateHoldsItsNumberYearTotalAndTheMaskedNumberOnly() {
		String text = text(year2024().get(0));

		assertThat(text).contains("Attestation de libéralités (fiche 281.71)", "Attestation n° 1 – année civile 2024",
				"***150,00*** EUR", "Jeunesse Prévention Bruxelles ASBL", "0477.472.701", "Amélie Fictive",
				"Avenue des Tilleuls 3, 1050 Ixelles", "**.**.**-*33.28", "article 145/33", "réduction d’impôt",
				"10 février 2025");
		assertThat(text).doesNotContain("85073003328", "85.07.30-033.28", "850730");
	}

	@Test
	void aDutchCertificateIsInDutch() {
		String text = text(year2024().get(1));

		assertThat(text).contains("Attest voor giften (fiche 281.71)", "Attest nr. 2 – kalenderjaar 2024",
				"***40,00*** EUR", "Jan Voorbeeld", "**.**.**-*57.11", "belastingvermindering", "artikel 145/33");
		assertThat(text).doesNotContain("92021415711", "92.02.14-157.11");
	}

	@Test
	void anEnglishCertificateGivesTheOfficialFrenchTermsInBrackets() {
		String text = text(year2024().get(3));

		assertThat(text).contains("Tax certificate for gifts [attestation de libéralités, fiche 281.71]",
				"Certificate no. 4 [attestation n°] – calendar year 2024", "***72.50*** EUR", "Olivia Sample",
				"**.**.**-*84.25", "tax reduction [réduction d’impôt]", "article 145/33",
				"official form exists in French, Dutch and German");
		assertThat(text).doesNotContain("01030528425", "01.03.05-284.25");
	}

	@Test
	void aModificationSaysWhichCertificateItReplaces() {
		CertificateLine modification = line(2, CertificateLine.Kind.MODIFICATION, "92021415711", "Voorbeeld", "Jan",
				new PostalAddress("Kouter 8", "9000", "Gent", "BE"), Language.NL, 65_00);

		String text = text(modification);

		assertThat(text).contains("Attest nr. 2 – kalenderjaar 2024", "wijzigt het reeds uitgereikte attest nr. 2",
				"vervangt het volledig", "***65,00*** EUR");
	}

	@Test
	void aCancellationSaysTheCertificateNoLongerCounts() {
		CertificateLine cancellation = line(4, CertificateLine.Kind.CANCELLATION, "01030528425", "Sample", "Olivia",
				new PostalAddress("Naamsestraat 1", "3000", "Leuven", "BE"), Language.EN, 72_50);

		String text = text(cancellation);

		assertThat(text).contains("certificate no. 4 for 2024 is withdrawn");
		assertThat(text).doesNotContain("entitle the donor to a tax reduction");
	}

	@Test
	void aNameTheFontCannotDrawPrintsWithAQuestionMark() {
		CertificateLine line = line(6, CertificateLine.Kind.ORIGINAL, "78061141265", "Łukasiewicz-Ødegård", "Zoë 漢字",
				new PostalAddress("Rue du Cœur 1", "1000", "Bruxelles", "BE"), Language.FR, 45_00);

		String text = text(line);

		assertThat(text).contains("Zoë ?? Łukasiewicz-Ødegård", "Rue du Cœur 1", "***45,00*** EUR");
	}

	@Test
	void everyCertificateIsOnePage() {
		for (CertificateLine line : List.of(year2024().get(2), year2024().get(3))) {
			assertThat(Poppler.pages(this.pdf.render(declarant(), 2024, line, ISSUED))).isEqualTo(1);
		}
	}

	private String text(CertificateLine line) {
		// pdftotext -layout may break a paragraph anywhere: read it as one line of words.
		return Poppler.text(this.pdf.render(declarant(), 2024, line, ISSUED)).replaceAll("\\s+", " ");
	}

}
