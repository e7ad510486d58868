package org.vigie.site.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.vigie.site.Language;
import org.vigie.site.SharedPage;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitePaths;
import org.vigie.site.SitemapContributor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * XML sitemaps: an index, and one sitemap per language whose entries name their
 * translations. The site lists its home pages; every other address comes from the
 * modules' {@link SitemapContributor}s.
 */
@Controller
class SitemapController {

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

	private static final String XML = "application/xml;charset=UTF-8";

	private final List<SitemapContributor> contributors;

	private final SiteProperties site;

	SitemapController(List<SitemapContributor> contributors, SiteProperties site) {
		this.contributors = contributors;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		SharedPage.mark(SitemapContributor.CACHE_TAG);
		return xml((writer) -> {
			writer.writeStartElement("sitemapindex");
			writer.writeDefaultNamespace(SITEMAP_NS);
			for (Language language : Language.all()) {
				writer.writeStartElement("sitemap");
				element(writer, "loc", this.site.absolute(SitePaths.sitemap(language)));
				writer.writeEndElement();
			}
			writer.writeEndElement();
		});
	}

	@GetMapping("/sitemap-{code:[a-z]{2}}.xml")
	ResponseEntity<String> language(@PathVariable String code) {
		SharedPage.mark(SitemapContributor.CACHE_TAG);
		Language language = Language.fromCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return xml((writer) -> {
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(SITEMAP_NS);
			writer.writeNamespace("xhtml", XHTML_NS);
			url(writer, new SitemapContributor.Entry(SitePaths.home(language), null, everyLanguage(SitePaths::home)));
			for (SitemapContributor contributor : this.contributors) {
				try (Stream<SitemapContributor.Entry> entries = contributor.entries(language)) {
					for (SitemapContributor.Entry entry : (Iterable<SitemapContributor.Entry>) entries::iterator) {
						url(writer, entry);
					}
				}
			}
			writer.writeEndElement();
		});
	}

	private void url(XMLStreamWriter writer, SitemapContributor.Entry entry) throws XMLStreamException {
		String path = entry.path();
		Instant modified = entry.lastModified();
		Map<Language, String> translations = entry.translations();
		writer.writeStartElement("url");
		element(writer, "loc", this.site.absolute(path));
		if (modified != null) {
			element(writer, "lastmod", modified.truncatedTo(ChronoUnit.SECONDS).toString());
		}
		if (translations.size() > 1) {
			for (Map.Entry<Language, String> translation : translations.entrySet()) {
				writer.writeEmptyElement("xhtml", "link", XHTML_NS);
				writer.writeAttribute("rel", "alternate");
				writer.writeAttribute("hreflang", translation.getKey().code());
				writer.writeAttribute("href", this.site.absolute(translation.getValue()));
			}
		}
		writer.writeEndElement();
	}

	private static Map<Language, String> everyLanguage(java.util.function.Function<Language, String> path) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, path.apply(language)));
		return paths;
	}

	private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
		writer.writeStartElement(name);
		writer.writeCharacters(text);
		writer.writeEndElement();
	}

	private static ResponseEntity<String> xml(XmlBody body) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			body.write(writer);
			writer.writeEndDocument();
			writer.close();
			return ResponseEntity.ok().header("Content-Type", XML).body(out.toString());
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write the sitemap", ex);
		}
	}

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

}
