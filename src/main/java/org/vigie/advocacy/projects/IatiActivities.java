package org.vigie.advocacy.projects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.site.Language;

/**
 * The projects as an IATI 2.03 activity file: one activity per project with its titles
 * and summaries in the three languages, its partners, status, dates, countries and its
 * results, each period's target and actual given per audience (a {@code dimension}) with
 * the figure's source as a comment. Written with an XML stream writer, so every text is
 * escaped; a test validates the file against IATI's schemas.
 */
public final class IatiActivities {

	/** The IATI standard version written. */
	public static final String VERSION = "2.03";

	private IatiActivities() {
	}

	/**
	 * The file.
	 * @param projects the projects to write
	 * @param reporter the organisation publishing them (the NGO)
	 * @param reporterRef its IATI identifier
	 * @param now when the file is written
	 */
	public static byte[] write(List<Project> projects, Organisation reporter, String reporterRef, Instant now) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("iati-activities");
			xml.writeAttribute("version", VERSION);
			xml.writeAttribute("generated-datetime",
					now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).toString());
			for (Project project : projects) {
				activity(xml, project, reporter, reporterRef);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The IATI file could not be written", ex);
		}
		return out.toByteArray();
	}

	private static void activity(XMLStreamWriter xml, Project project, Organisation reporter, String reporterRef)
			throws XMLStreamException {
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
		text(xml, "iati-identifier", reporterRef + "-" + project.code().toUpperCase(Locale.ROOT));
		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", reporterRef);
		xml.writeAttribute("type", reporter.kind().iatiType());
		text(xml, "narrative", reporter.name());
		xml.writeEndElement();
		narratives(xml, "title", project.title());
		xml.writeStartElement("description");
		xml.writeAttribute("type", "1");
		narrativesIn(xml, project.summary());
		xml.writeEndElement();
		participants(xml, project, reporter, reporterRef);
		empty(xml, "activity-status", "code", project.status().iatiCode());
		boolean started = project.status() != ProjectStatus.PLANNED;
		date(xml, started ? "2" : "1", project.startsOn().toString());
		if (project.endsOn() != null) {
			date(xml, (project.status() == ProjectStatus.CLOSED) ? "4" : "3", project.endsOn().toString());
		}
		for (String country : project.countries()) {
			empty(xml, "recipient-country", "code", country);
		}
		for (Project.Result result : project.results()) {
			result(xml, result);
		}
		xml.writeEndElement();
	}

	private static void participants(XMLStreamWriter xml, Project project, Organisation reporter, String reporterRef)
			throws XMLStreamException {
		boolean reporterListed = false;
		for (Project.Partner partner : project.partners()) {
			Organisation organisation = partner.organisation();
			reporterListed |= java.util.Objects.equals(organisation.id(), reporter.id());
			participant(xml, organisation, organisation.own() ? reporterRef : organisation.iatiRef(),
					partner.role().iatiCode());
		}
		if (!reporterListed) {
			participant(xml, reporter, reporterRef, PartnerRole.PARTNER.iatiCode());
		}
	}

	private static void participant(XMLStreamWriter xml, Organisation organisation, String ref, String role)
			throws XMLStreamException {
		xml.writeStartElement("participating-org");
		if (ref != null) {
			xml.writeAttribute("ref", ref);
		}
		xml.writeAttribute("type", organisation.kind().iatiType());
		xml.writeAttribute("role", role);
		text(xml, "narrative", organisation.name());
		xml.writeEndElement();
	}

	private static void result(XMLStreamWriter xml, Project.Result result) throws XMLStreamException {
		xml.writeStartElement("result");
		xml.writeAttribute("type", "1");
		narratives(xml, "title", result.title());
		for (Project.Indicator indicator : result.indicators()) {
			xml.writeStartElement("indicator");
			xml.writeAttribute("measure", "1");
			xml.writeAttribute("ascending", "true");
			narratives(xml, "title", indicator.title());
			for (Project.Period period : indicator.periods()) {
				for (Project.Figure figure : period.figures()) {
					if (figure.baseline() != null) {
						xml.writeStartElement("baseline");
						xml.writeAttribute("year", String.valueOf(period.start().getYear()));
						xml.writeAttribute("iso-date", period.start().toString());
						xml.writeAttribute("value", String.valueOf(figure.baseline()));
						audience(xml, figure);
						xml.writeEndElement();
					}
				}
			}
			for (Project.Period period : indicator.periods()) {
				period(xml, period);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static void period(XMLStreamWriter xml, Project.Period period) throws XMLStreamException {
		xml.writeStartElement("period");
		empty(xml, "period-start", "iso-date", period.start().toString());
		empty(xml, "period-end", "iso-date", period.end().toString());
		for (Project.Figure figure : period.figures()) {
			if (figure.target() != null) {
				xml.writeStartElement("target");
				xml.writeAttribute("value", String.valueOf(figure.target()));
				audience(xml, figure);
				xml.writeEndElement();
			}
		}
		for (Project.Figure figure : period.figures()) {
			if (figure.actual() != null) {
				xml.writeStartElement("actual");
				xml.writeAttribute("value", String.valueOf(figure.actual()));
				audience(xml, figure);
				xml.writeStartElement("comment");
				text(xml, "narrative",
						"Source (" + figure.source().name().toLowerCase(Locale.ROOT) + "): " + figure.sourceLabel()
								+ ((figure.sourceAddress() != null) ? " " + figure.sourceAddress() : ""));
				xml.writeEndElement();
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
	}

	private static void audience(XMLStreamWriter xml, Project.Figure figure) throws XMLStreamException {
		xml.writeEmptyElement("dimension");
		xml.writeAttribute("name", "audience");
		xml.writeAttribute("value", figure.audience().name().toLowerCase(Locale.ROOT));
	}

	private static void narratives(XMLStreamWriter xml, String element, Trilingual texts) throws XMLStreamException {
		xml.writeStartElement(element);
		narrativesIn(xml, texts);
		xml.writeEndElement();
	}

	private static void narrativesIn(XMLStreamWriter xml, Trilingual texts) throws XMLStreamException {
		for (Language language : Language.all()) {
			xml.writeStartElement("narrative");
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.code());
			xml.writeCharacters(texts.in(language));
			xml.writeEndElement();
		}
	}

	private static void date(XMLStreamWriter xml, String type, String day) throws XMLStreamException {
		xml.writeEmptyElement("activity-date");
		xml.writeAttribute("type", type);
		xml.writeAttribute("iso-date", day);
	}

	private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
			throws XMLStreamException {
		xml.writeEmptyElement(element);
		xml.writeAttribute(attribute, value);
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
