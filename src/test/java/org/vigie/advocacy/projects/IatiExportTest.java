package org.vigie.advocacy.projects;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projects' IATI file is valid against IATI's official 2.03 schemas (copied from the
 * IATI-Schemas repository into {@code src/test/resources/iati-2.03}), holds the titles in
 * three languages and Golondrina's reach per audience with its source; a broken file is
 * caught by the same validation.
 */
@AdvocacyTest
class IatiExportTest {

	@Autowired
	private SiteClient site;

	@Test
	void theFileIsValidIati203WithTheReachPerAudience() throws Exception {
		byte[] xml = this.site.getBytes("/en/advocacy/projects.xml").body();
		assertThat(problems(xml)).isEmpty();
		org.w3c.dom.Document document = parse(xml);
		assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.03");
		Element golondrina = activity(document, "-GOLONDRINA");
		assertThat(golondrina.getElementsByTagName("recipient-country")
			.item(0)
			.getAttributes()
			.getNamedItem("code")
			.getNodeValue()).isEqualTo("CO");
		NodeList titles = ((Element) golondrina.getElementsByTagName("title").item(0))
			.getElementsByTagName("narrative");
		assertThat(titles.getLength()).isEqualTo(3);
		assertThat(((Element) titles.item(0)).getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("fr");
		List<String> actuals = new ArrayList<>();
		NodeList nodes = golondrina.getElementsByTagName("actual");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element actual = (Element) nodes.item(i);
			Element dimension = (Element) actual.getElementsByTagName("dimension").item(0);
			actuals.add(dimension.getAttribute("value") + "=" + actual.getAttribute("value") + " "
					+ actual.getElementsByTagName("narrative").item(0).getTextContent());
		}
		assertThat(actuals).containsExactlyInAnyOrder("students=2100 Source (report): Golondrina project report",
				"teachers=380 Source (report): Golondrina project report");
		assertThat(this.site.getBytes("/fr/plaidoyer/projets.xml").body()).isEqualTo(xml);
		assertThat(this.site.get("/nl/beleidswerk/projecten.xml").statusCode()).isEqualTo(200);
	}

	@Test
	void aBrokenFileFailsTheValidation() throws Exception {
		String xml = new String(this.site.getBytes("/en/advocacy/projects.xml").body(), StandardCharsets.UTF_8);
		String broken = xml.replaceFirst("<reporting-org [^>]*>.*?</reporting-org>", "")
			.replaceFirst("<activity-status code=\"4\"/>", "<activity-status/>");
		List<String> problems = problems(broken.getBytes(StandardCharsets.UTF_8));
		assertThat(problems).isNotEmpty();
		assertThat(String.join("\n", problems)).contains("reporting-org");
	}

	/** Every error and warning of IATI's schemas about the file. */
	static List<String> problems(byte[] xml) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		URL schemaFile = IatiExportTest.class.getResource("/iati-2.03/iati-activities-schema.xsd");
		Schema schema = factory.newSchema(schemaFile);
		Validator validator = schema.newValidator();
		List<String> problems = new ArrayList<>();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
				problems.add("warning: " + ex.getMessage());
			}

			@Override
			public void error(SAXParseException ex) {
				problems.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				problems.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}
		});
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		return problems;
	}

	private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static Element activity(org.w3c.dom.Document document, String suffix) {
		NodeList activities = document.getElementsByTagName("iati-activity");
		for (int i = 0; i < activities.getLength(); i++) {
			Element activity = (Element) activities.item(i);
			if (activity.getElementsByTagName("iati-identifier").item(0).getTextContent().endsWith(suffix)) {
				return activity;
			}
		}
		throw new AssertionError("No activity " + suffix);
	}

}
