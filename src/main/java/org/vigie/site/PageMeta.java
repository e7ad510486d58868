package org.vigie.site;

import java.util.List;
import java.util.Map;

/**
 * What the layout needs to know about the page being shown: its language, title,
 * canonical address, translations, breadcrumbs and structured data. Controllers put one
 * in the model under {@code meta}.
 *
 * @param language the page's language
 * @param title the page's own title, without the site name
 * @param description a one or two sentence summary for search engines and link previews
 * @param canonicalPath the address this content is canonical at (paginated pages are
 * self-canonical)
 * @param translations the addresses of this same item in each language it exists in,
 * itself included
 * @param breadcrumbs the trail from the home page down to this page (home excluded)
 * @param openGraphType {@code website} or {@code article}
 * @param imagePath the path of an image representing the page, or {@code null}
 * @param structuredData schema.org objects describing this page, written as JSON-LD
 * @param feedPath the Atom feed that matches this page, or {@code null}
 */
public record PageMeta(Language language, String title, String description, String canonicalPath,
		Map<Language, String> translations, List<Crumb> breadcrumbs, String openGraphType, String imagePath,
		List<Map<String, Object>> structuredData, String feedPath) {

	public PageMeta {
		translations = Map.copyOf(translations);
		breadcrumbs = List.copyOf(breadcrumbs);
		structuredData = List.copyOf(structuredData);
	}

	/** A page that exists in one language only, with no breadcrumbs. */
	public static PageMeta of(Language language, String title, String description, String canonicalPath) {
		return new PageMeta(language, title, description, canonicalPath, Map.of(language, canonicalPath), List.of(),
				"website", null, List.of(), null);
	}

	public PageMeta withTranslations(Map<Language, String> translations) {
		return new PageMeta(this.language, this.title, this.description, this.canonicalPath, translations,
				this.breadcrumbs, this.openGraphType, this.imagePath, this.structuredData, this.feedPath);
	}

	public PageMeta withBreadcrumbs(List<Crumb> breadcrumbs) {
		return new PageMeta(this.language, this.title, this.description, this.canonicalPath, this.translations,
				breadcrumbs, this.openGraphType, this.imagePath, this.structuredData, this.feedPath);
	}

	/** Marks the page as an article, with its image and schema.org description. */
	public PageMeta asArticle(String imagePath, Map<String, Object> article) {
		return new PageMeta(this.language, this.title, this.description, this.canonicalPath, this.translations,
				this.breadcrumbs, "article", imagePath, List.of(article), this.feedPath);
	}

	public PageMeta withFeed(String feedPath) {
		return new PageMeta(this.language, this.title, this.description, this.canonicalPath, this.translations,
				this.breadcrumbs, this.openGraphType, this.imagePath, this.structuredData, feedPath);
	}

	/** One step of a breadcrumb trail. */
	public record Crumb(String label, String path) {
	}

}
