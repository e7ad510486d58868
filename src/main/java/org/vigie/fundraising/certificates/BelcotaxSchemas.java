package org.vigie.fundraising.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * The official Belcotax schema of each income year. The tax administration publishes a
 * new one every year, so the schema is a replaceable file named
 * {@code Belcotax-<year>.xsd}: first looked up in the configured directory
 * ({@code vigie.fundraising.belcotax-dir}), where next year's schema can be dropped
 * without a new release, then on the classpath under {@code fundraising/belcotax/}. A
 * year without its own schema is refused: another year's schema is never used in its
 * place.
 * <p>
 * A schema is compiled once per file version (it holds some 18,000 lines) and read with
 * the JDK's secure processing, with no access to external files or addresses.
 */
public final class BelcotaxSchemas {

	private static final String CLASSPATH = "fundraising/belcotax/";

	private final Path directory;

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	/**
	 * @param directory where yearly schemas may be dropped, or {@code null} for the
	 * classpath only
	 */
	public BelcotaxSchemas(Path directory) {
		this.directory = directory;
	}

	/**
	 * The schema of an income year.
	 * @param year the income year
	 * @return the compiled schema
	 * @throws CertificateRefused when there is no schema for that year
	 */
	public Schema forYear(int year) {
		String file = "Belcotax-" + year + ".xsd";
		if (this.directory != null) {
			Path dropped = this.directory.resolve(file);
			if (Files.isRegularFile(dropped)) {
				return compile(dropped.toUri().toString() + "@" + lastModified(dropped), dropped.toUri().toString());
			}
		}
		URL bundled = BelcotaxSchemas.class.getClassLoader().getResource(CLASSPATH + file);
		if (bundled == null) {
			throw new CertificateRefused("noSchema", String.valueOf(year), file);
		}
		return compile(bundled.toString(), bundled.toString());
	}

	private Schema compile(String version, String location) {
		return this.compiled.computeIfAbsent(version, (key) -> {
			try (InputStream in = URI.create(location).toURL().openStream()) {
				SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
				factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
				return factory.newSchema(new StreamSource(in, location));
			}
			catch (SAXException ex) {
				throw new CertificateRefused("badSchema", location.substring(location.lastIndexOf('/') + 1));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static long lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
