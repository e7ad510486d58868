package org.vigie.fundraising.certificates;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the elements of a Belcotax sending of forms 281.71, in the order the schema
 * requires: the sender (zones 0.x), one declaration by the institution (1.x) holding one
 * statement 325.71 of forms (2.x), the declaration's control record (8.x) and the
 * sending's (9.x). Amounts are whole euro cents, dates {@code DD-MM-YYYY}.
 */
final class BelcotaxXml {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private final XMLStreamWriter xml;

	private final String year;

	private int depth = 1;

	private BelcotaxXml(XMLStreamWriter xml, int year) {
		this.xml = xml;
		this.year = String.valueOf(year);
	}

	static byte[] write(int year, Sending sending, Declarant declarant, List<CertificateLine> lines,
			LocalDate createdOn) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeStartElement("Verzendingen");
			BelcotaxXml file = new BelcotaxXml(writer, year);
			file.open("Verzending");
			file.sending(sending, declarant, lines, createdOn);
			file.close();
			writer.writeCharacters("\n");
			writer.writeEndElement();
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The Belcotax file could not be written", ex);
		}
		return out.toByteArray();
	}

	private void sending(Sending sending, Declarant declarant, List<CertificateLine> lines, LocalDate createdOn)
			throws XMLStreamException {
		ControlTotals totals = ControlTotals.of(lines);
		String enterprise = declarant.enterpriseNumber().digits();
		element("v0002_inkomstenjaar", this.year);
		element("v0010_bestandtype", sending.test() ? "BCTEST" : "BELCOTAX");
		element("v0011_aanmaakdatum", DAY.format(createdOn));
		element("v0014_naam", declarant.name());
		element("v0015_adres", declarant.address().street());
		element("v0016_postcode", declarant.address().postcode());
		element("v0017_gemeente", declarant.address().city());
		element("v0018_telefoonnummer", declarant.phone());
		element("v0021_contactpersoon", declarant.contactName());
		element("v0022_taalcode", declarant.language().belcotaxCode(declarant.language()));
		element("v0023_emailadres", declarant.email());
		element("v0024_nationaalnr", enterprise);
		element("v0025_typeenvoi", sending.correction() ? "1" : "0");
		if (sending.correction()) {
			element("v0026_referte", sending.corrects());
		}
		open("Aangiften");
		open("Aangifte");
		declaration(declarant, lines, sending, totals);
		close();
		close();
		element("r9002_inkomstenjaar", this.year);
		element("r9010_aantallogbestanden", String.valueOf(totals.logicalFiles()));
		element("r9011_totaalaantalrecords", String.valueOf(totals.sendingRecords()));
		element("r9012_controletotaal", String.valueOf(totals.sumOfNumbers()));
		element("r9013_controletotaal", String.valueOf(totals.sumOfAmounts()));
	}

	private void declaration(Declarant declarant, List<CertificateLine> lines, Sending sending, ControlTotals totals)
			throws XMLStreamException {
		String enterprise = declarant.enterpriseNumber().digits();
		String name = declarant.name();
		element("a1002_inkomstenjaar", this.year);
		element("a1005_registratienummer", enterprise);
		int split = split(name);
		element("a1011_naamnl1", name.substring(0, split).strip());
		if (split < name.length()) {
			element("a1012_naamnl2", name.substring(split).strip());
		}
		element("a1013_adresnl", declarant.address().street());
		element("a1014_postcodebelgisch", declarant.address().postcode());
		element("a1015_gemeente", declarant.address().city());
		element("a1016_landwoonplaats", declarant.address().belcotaxCountry());
		element("a1017_telefoonnummer", declarant.phone());
		element("a1019_contactpersoon", declarant.contactName());
		element("a1020_taalcode", declarant.language().belcotaxCode(declarant.language()));
		element("a1038_emailadres", declarant.email());
		open("Opgaven");
		open("Opgave32571");
		for (CertificateLine line : lines) {
			form(line, enterprise, declarant.language(), sending);
		}
		close();
		close();
		element("r8002_inkomstenjaar", this.year);
		element("r8005_registratienummer", enterprise);
		element("r8010_aantalrecords", String.valueOf(totals.declarationRecords()));
		element("r8011_controletotaal", String.valueOf(totals.sumOfNumbers()));
		element("r8012_controletotaal", String.valueOf(totals.sumOfAmounts()));
	}

	private void form(CertificateLine line, String enterprise, Language institution, Sending sending)
			throws XMLStreamException {
		PostalAddress address = line.address();
		open("Fiche28171");
		element("f2002_inkomstenjaar", this.year);
		element("f2005_registratienummer", enterprise);
		element("f2008_typefiche", "28171");
		element("f2009_volgnummer", String.valueOf(line.number()));
		element("f2011_nationaalnr", line.nationalNumber().digits());
		element("f2013_naam", line.name());
		element("f2015_adres", address.street());
		if (address.belgian()) {
			element("f2016_postcodebelgisch", address.postcode());
		}
		element("f2017_gemeente", address.city());
		element("f2018_landwoonplaats", address.belcotaxCountry());
		element("f2027_taalcode", line.language().belcotaxCode(institution));
		element("f2028_typetraitement", treatment(line.kind(), sending));
		element("f2029_enkelopgave325", "0");
		if (!address.belgian()) {
			element("f2112_buitenlandspostnummer", address.postcode());
		}
		// The form's first-names zone holds 15 characters; the national number identifies
		// the donor.
		element("f2114_voornamen", line.firstName().substring(0, Math.min(15, line.firstName().length())).strip());
		element("f71_2059_totaalcontrole", String.valueOf(line.totalCents()));
		element("f71_2060_bedragliberaliteiten", String.valueOf(line.totalCents()));
		close();
	}

	/**
	 * Where the institution's name is split between zones 1.11 (28 characters) and 1.12
	 * (31): at the last space that fits, or at the 28th character when no space does.
	 */
	static int split(String name) {
		if (name.length() <= 28) {
			return name.length();
		}
		int space = name.lastIndexOf(' ', 28);
		return (space > 0 && name.length() - space - 1 <= 31) ? space : 28;
	}

	/**
	 * Zone 2.28: 0 an original form, 1 a modification, 2 a form added by a correcting
	 * sending, 3 a cancellation.
	 */
	private static String treatment(CertificateLine.Kind kind, Sending sending) {
		return switch (kind) {
			case ORIGINAL -> sending.correction() ? "2" : "0";
			case MODIFICATION -> "1";
			case CANCELLATION -> "3";
		};
	}

	private void element(String name, String text) throws XMLStreamException {
		indent();
		this.xml.writeStartElement(name);
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
	}

	/**
	 * Opens an element holding others, on its own line so that a schema error points at
	 * it.
	 */
	private void open(String name) throws XMLStreamException {
		indent();
		this.xml.writeStartElement(name);
		this.depth++;
	}

	private void close() throws XMLStreamException {
		this.depth--;
		indent();
		this.xml.writeEndElement();
	}

	private void indent() throws XMLStreamException {
		this.xml.writeCharacters("\n" + "\t".repeat(this.depth));
	}

}
