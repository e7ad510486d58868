package org.vigie.fundraising.certificates;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vigie.fundraising.certificates.CertificateFixtures.declarant;
import static org.vigie.fundraising.certificates.CertificateFixtures.line;
import static org.vigie.fundraising.certificates.CertificateFixtures.year2024;

/**
 * The file the institution uploads to Belcotax-on-web every January: valid against the
 * year's official schema, with the figures Belcotax checks, corrections under the number
 * they correct, and no file at all for a year whose schema is unknown.
 */
class BelcotaxFileTest {

	private static final LocalDate JANUARY = LocalDate.of(2025, 1, 20);

	private final BelcotaxFile file = new BelcotaxFile(new BelcotaxSchemas(null));

	@Test
	void aYearsSendingValidatesAgainstTheOfficialSchemaAndAddsUp() throws Exception {
		byte[] xml = this.file.write(2024, Sending.original(), declarant(), year2024(), JANUARY);

		validateWithTheReferenceSchema(xml);
		Document document = parse(xml);
		assertThat(text(document, "v0002_inkomstenjaar")).isEqualTo("2024");
		assertThat(text(document, "v0010_bestandtype")).isEqualTo("BELCOTAX");
		assertThat(text(document, "v0011_aanmaakdatum")).isEqualTo("20-01-2025");
		assertThat(text(document, "v0024_nationaalnr")).isEqualTo("0477472701");
		assertThat(text(document, "v0025_typeenvoi")).isEqualTo("0");
		assertThat(text(document, "a1005_registratienummer")).isEqualTo("0477472701");
		assertThat(text(document, "a1011_naamnl1")).isEqualTo("Jeunesse Prévention");
		assertThat(text(document, "a1012_naamnl2")).isEqualTo("Bruxelles ASBL");
		assertThat(text(document, "a1020_taalcode")).isEqualTo("2");
		List<Element> forms = all(document, "Fiche28171");
		assertThat(forms).hasSize(4);
		assertThat(forms).extracting((form) -> text(form, "f2009_volgnummer")).containsExactly("1", "2", "3", "4");
		assertThat(forms).extracting((form) -> text(form, "f2028_typetraitement")).containsOnly("0");
		assertThat(forms).extracting((form) -> text(form, "f71_2060_bedragliberaliteiten"))
			.containsExactly("15000", "4000", "123456", "7250");
		assertThat(forms).allSatisfy((form) -> assertThat(text(form, "f71_2059_totaalcontrole"))
			.isEqualTo(text(form, "f71_2060_bedragliberaliteiten")));
		assertThat(text(forms.get(0), "f2011_nationaalnr")).isEqualTo("85073003328");
		assertThat(text(forms.get(0), "f2016_postcodebelgisch")).isEqualTo("1050");
		assertThat(text(forms.get(0), "f2018_landwoonplaats")).isEqualTo("00150");
		assertThat(text(forms.get(1), "f2027_taalcode")).isEqualTo("1");
		assertThat(text(forms.get(2), "f2018_landwoonplaats")).isEqualTo("00111");
		assertThat(text(forms.get(2), "f2112_buitenlandspostnummer")).isEqualTo("59000");
		assertThat(forms.get(2).getElementsByTagName("f2016_postcodebelgisch").getLength()).isZero();
		assertThat(text(forms.get(2), "f2114_voornamen")).isEqualTo("Jean-Christophe");
		assertThat(text(forms.get(3), "f2027_taalcode")).as("English reader, institution's language").isEqualTo("2");
		assertThat(text(document, "r8010_aantalrecords")).isEqualTo("6");
		assertThat(text(document, "r8011_controletotaal")).isEqualTo("10");
		assertThat(text(document, "r8012_controletotaal")).isEqualTo("149706");
		assertThat(text(document, "r9010_aantallogbestanden")).isEqualTo("3");
		assertThat(text(document, "r9011_totaalaantalrecords")).isEqualTo("8");
		assertThat(text(document, "r9012_controletotaal")).isEqualTo("10");
		assertThat(text(document, "r9013_controletotaal")).isEqualTo("149706");
	}

	@Test
	void aCorrectionKeepsTheNumberItCorrectsAndNamesTheOriginalSending() throws Exception {
		List<CertificateLine> corrections = List.of(
				line(2, CertificateLine.Kind.MODIFICATION, "92021415711", "Voorbeeld", "Jan",
						new PostalAddress("Kouter 8", "9000", "Gent", "BE"), Language.NL, 65_00),
				line(4, CertificateLine.Kind.CANCELLATION, "01030528425", "Sample", "Olivia",
						new PostalAddress("Naamsestraat 1", "3000", "Leuven", "BE"), Language.EN, 72_50),
				line(5, CertificateLine.Kind.ORIGINAL, "78061141265", "Laat", "Eva",
						new PostalAddress("Markt 2", "8000", "Brugge", "BE"), Language.NL, 50_00));

		byte[] xml = this.file.write(2024, Sending.correcting("A12345"), declarant(), corrections, JANUARY);

		validateWithTheReferenceSchema(xml);
		Document document = parse(xml);
		assertThat(text(document, "v0025_typeenvoi")).isEqualTo("1");
		assertThat(text(document, "v0026_referte")).isEqualTo("A12345");
		List<Element> forms = all(document, "Fiche28171");
		assertThat(forms).extracting((form) -> text(form, "f2009_volgnummer")).containsExactly("2", "4", "5");
		assertThat(forms).extracting((form) -> text(form, "f2028_typetraitement")).containsExactly("1", "3", "2");
		assertThat(text(document, "r8011_controletotaal")).isEqualTo("11");
		assertThat(text(document, "r8012_controletotaal")).isEqualTo("18750");
		assertThat(text(document, "r9011_totaalaantalrecords")).isEqualTo("7");
	}

	@Test
	void markupInANameStaysText() throws Exception {
		String hostile = "</f2013_naam><f2011_nationaalnr>0";
		List<CertificateLine> lines = List.of(line(1, CertificateLine.Kind.ORIGINAL, "92021415711", hostile, "Jan & Co",
				new PostalAddress("Kouter 8 <b>", "9000", "Gent", "BE"), Language.NL, 40_00));

		Document document = parse(this.file.write(2024, Sending.original(), declarant(), lines, JANUARY));

		assertThat(text(document, "f2013_naam")).isEqualTo(hostile);
		assertThat(text(document, "f2114_voornamen")).isEqualTo("Jan & Co");
		assertThat(text(document, "f2015_adres")).isEqualTo("Kouter 8 <b>");
		assertThat(text(document, "f2011_nationaalnr")).isEqualTo("92021415711");
	}

	@Test
	void aNumberTwiceOrACorrectionInAnOriginalSendingIsRefused() {
		List<CertificateLine> twice = new ArrayList<>(year2024());
		twice.add(year2024().get(0));
		CertificateRefused duplicate = catchThrowableOfType(CertificateRefused.class,
				() -> this.file.write(2024, Sending.original(), declarant(), twice, JANUARY));
		assertThat(duplicate.code()).isEqualTo("fundraising.certificates.problem.duplicateNumber");
		assertThat(duplicate.arguments()).containsExactly("1");

		List<CertificateLine> modified = List.of(line(2, CertificateLine.Kind.MODIFICATION, "92021415711", "Voorbeeld",
				"Jan", new PostalAddress("Kouter 8", "9000", "Gent", "BE"), Language.NL, 65_00));
		CertificateRefused mixed = catchThrowableOfType(CertificateRefused.class,
				() -> this.file.write(2024, Sending.original(), declarant(), modified, JANUARY));
		assertThat(mixed.code()).isEqualTo("fundraising.certificates.problem.correctionInOriginal");
	}

	@Test
	void aYearWithoutItsSchemaOrNotYetOverIsRefused() {
		CertificateRefused missing = catchThrowableOfType(CertificateRefused.class,
				() -> this.file.write(2025, Sending.original(), declarant(), year2024(), LocalDate.of(2026, 1, 15)));
		assertThat(missing.code()).isEqualTo("fundraising.certificates.problem.noSchema");
		assertThat(CertificateFixtures.message(missing, java.util.Locale.ENGLISH))
			.isEqualTo("There is no Belcotax schema for 2025: put the file Belcotax-2025.xsd published by the FPS"
					+ " Finance in the schema folder.");

		CertificateRefused early = catchThrowableOfType(CertificateRefused.class,
				() -> this.file.write(2024, Sending.original(), declarant(), year2024(), LocalDate.of(2024, 12, 31)));
		assertThat(early.code()).isEqualTo("fundraising.certificates.problem.yearNotOver");
	}

	@Test
	void aSchemaDroppedInTheDirectoryIsUsedForItsYear(@TempDir Path directory) throws Exception {
		Files.write(directory.resolve("Belcotax-2025.xsd"), referenceSchema());
		// As the application makes it, from vigie.fundraising.belcotax-dir.
		BelcotaxFile configured = new CertificatesConfiguration().belcotaxFile(directory.toString());

		byte[] xml = configured.write(2025, Sending.original(), declarant(), year2024(), LocalDate.of(2026, 1, 15));

		assertThat(text(parse(xml), "v0002_inkomstenjaar")).isEqualTo("2025");
		assertThat(all(parse(xml), "f2002_inkomstenjaar")).extracting(Element::getTextContent).containsOnly("2025");
	}

	@Test
	void aFileTheSchemaRejectsIsNotProducedAndTheSchemaSaysWhy(@TempDir Path directory) throws Exception {
		// Next year's schema limits the amount to two digits: the 2026 file breaks it.
		String stricter = new String(referenceSchema(), StandardCharsets.UTF_8).replace(
				"<xs:simpleType name=\"f71_2060_bedragliberaliteiten\">",
				"<xs:simpleType name=\"f71_2060_bedragliberaliteiten\"><xs:restriction base=\"xs:string\">"
						+ "<xs:maxLength value=\"2\"/></xs:restriction></xs:simpleType>"
						+ "<xs:simpleType name=\"unused_old_f71_2060\">");
		Files.writeString(directory.resolve("Belcotax-2026.xsd"), stricter);
		BelcotaxFile configured = new BelcotaxFile(new BelcotaxSchemas(directory));

		BelcotaxInvalid invalid = catchThrowableOfType(BelcotaxInvalid.class,
				() -> configured.write(2026, Sending.original(), declarant(), year2024(), LocalDate.of(2027, 1, 15)));

		assertThat(invalid.code()).isEqualTo("fundraising.certificates.problem.invalid");
		assertThat(invalid.problems()).hasSize(8)
			.allSatisfy((problem) -> assertThat(problem).startsWith("line ").contains("f71_2060_bedragliberaliteiten"));
		assertThat(invalid.problems().get(0)).contains("'15000'", "maxLength '2'");
	}

	@Test
	void aSchemaMessageNeverQuotesANationalNumber(@TempDir Path directory) throws Exception {
		String stricter = new String(referenceSchema(), StandardCharsets.UTF_8).replace(
				"<xs:simpleType name=\"f2011_nationaalnr\">",
				"<xs:simpleType name=\"f2011_nationaalnr\"><xs:restriction base=\"xs:string\">"
						+ "<xs:maxLength value=\"2\"/></xs:restriction></xs:simpleType>"
						+ "<xs:simpleType name=\"unused_old_f2011\">");
		Files.writeString(directory.resolve("Belcotax-2026.xsd"), stricter);
		BelcotaxFile configured = new BelcotaxFile(new BelcotaxSchemas(directory));

		BelcotaxInvalid invalid = catchThrowableOfType(BelcotaxInvalid.class,
				() -> configured.write(2026, Sending.original(), declarant(), year2024(), LocalDate.of(2027, 1, 15)));

		assertThat(invalid.problems()).hasSize(8)
			.allSatisfy((problem) -> assertThat(problem).contains("f2011_nationaalnr"));
		assertThat(String.join("\n", invalid.problems()) + invalid.getMessage())
			.doesNotContain(CertificateFixtures.FIRST_NUMBER, "92021415711", "67112304669", "01030528425");
	}

	@Test
	void aDroppedSchemaCannotReachOutsideFiles(@TempDir Path directory) throws Exception {
		Path secret = Files.writeString(directory.resolve("secret.xsd"),
				"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");
		String including = new String(referenceSchema(), StandardCharsets.UTF_8).replaceFirst(
				"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">",
				"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:include schemaLocation=\""
						+ secret.toUri() + "\"/>");
		Files.writeString(directory.resolve("Belcotax-2027.xsd"), including);
		BelcotaxFile configured = new BelcotaxFile(new BelcotaxSchemas(directory));

		CertificateRefused refused = catchThrowableOfType(CertificateRefused.class,
				() -> configured.write(2027, Sending.original(), declarant(), year2024(), LocalDate.of(2028, 1, 15)));

		assertThat(refused.code()).isEqualTo("fundraising.certificates.problem.badSchema");
	}

	static byte[] referenceSchema() throws Exception {
		try (InputStream in = BelcotaxFileTest.class.getClassLoader()
			.getResourceAsStream("fundraising/belcotax/Belcotax-2024.xsd")) {
			return in.readAllBytes();
		}
	}

	/** Validates independently of the code under test, with the JDK's validator. */
	private static void validateWithTheReferenceSchema(byte[] xml) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.newSchema(new StreamSource(new ByteArrayInputStream(referenceSchema())))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String text(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		assertThat(nodes.getLength()).as(tag).isEqualTo(1);
		return nodes.item(0).getTextContent();
	}

	private static String text(Element element, String tag) {
		NodeList nodes = element.getElementsByTagName(tag);
		assertThat(nodes.getLength()).as(tag).isEqualTo(1);
		return nodes.item(0).getTextContent();
	}

	private static List<Element> all(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

}
