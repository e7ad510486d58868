package org.vigie.content.web;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.site.SharedPage;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;
import org.vigie.site.SitePaths;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * XML sitemaps: an index, and one sitemap per language whose entries name their
 * translations.
 */
@Controller
class SitemapController {

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

	private static final String XML = "application/xml;charset=UTF-8";

	private final PostRepository posts;

	private final CategoryRepository categories;

	private final PageTree tree;

	private final SiteProperties site;

	private final Clock clock;

	SitemapController(PostRepository posts, CategoryRepository categories, PageTree tree, SiteProperties site,
			Clock clock) {
		this.posts = posts;
		this.categories = categories;
		this.tree = tree;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		SharedPage.mark("news", "pages");
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
	@Transactional(readOnly = true)
	ResponseEntity<String> language(@PathVariable String code) {
		SharedPage.mark("news", "pages");
		Language language = Language.fromCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Instant now = this.clock.instant();
		List<Post> all = this.posts.findAllPublic(now);
		Map<String, List<Post>> postGroups = all.stream().collect(Collectors.groupingBy(Post::getTranslationKey));
		List<Category> allCategories = this.categories.findAll();
		Map<String, List<Category>> categoryGroups = allCategories.stream()
			.collect(Collectors.groupingBy(Category::getTranslationKey));
		return xml((writer) -> {
			writer.writeStartElement("urlset");
			writer.writeDefaultNamespace(SITEMAP_NS);
			writer.writeNamespace("xhtml", XHTML_NS);
			url(writer, SitePaths.home(language), null, everyLanguage(SitePaths::home));
			url(writer, SitePaths.news(language), null, everyLanguage(SitePaths::news));
			for (Post post : all) {
				if (post.getLanguage() == language) {
					Map<Language, String> translations = new EnumMap<>(Language.class);
					postGroups.get(post.getTranslationKey())
						.forEach((other) -> translations.put(other.getLanguage(),
								SitePaths.post(other.getLanguage(), other.getSlug())));
					url(writer, SitePaths.post(language, post.getSlug()), post.getUpdatedAt(), translations);
				}
			}
			for (PageTree.Node node : this.tree.all()) {
				if (node.language() == language) {
					url(writer, node.path(), null, this.tree.translations(node));
				}
			}
			for (Category category : allCategories) {
				if (category.getLanguage() == language) {
					Map<Language, String> translations = new EnumMap<>(Language.class);
					categoryGroups.get(category.getTranslationKey())
						.forEach((other) -> translations.put(other.getLanguage(),
								SitePaths.category(other.getLanguage(), other.getSlug())));
					url(writer, SitePaths.category(language, category.getSlug()), null, translations);
				}
			}
			writer.writeEndElement();
		});
	}

	private void url(XMLStreamWriter writer, String path, Instant modified, Map<Language, String> translations)
			throws XMLStreamException {
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
