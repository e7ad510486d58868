package org.vigie.content;

import java.util.Set;

import org.vigie.site.Language;
import org.vigie.site.SitePaths;

/**
 * The public addresses of news, categories, tags, search and pages, with their words in
 * each language. Every link content prints is built here, so addresses stay stable; the
 * words are declared to the site as content's top-level words, so no page slug can take
 * them.
 */
public final class ContentPaths {

	public static final String NEWS_FR = "/fr/actualites";

	public static final String NEWS_NL = "/nl/nieuws";

	public static final String NEWS_EN = "/en/news";

	public static final String CATEGORY_FR = "/fr/categorie";

	public static final String CATEGORY_NL = "/nl/categorie";

	public static final String CATEGORY_EN = "/en/category";

	public static final String TAG_FR = "/fr/etiquette";

	public static final String TAG_NL = "/nl/tag";

	public static final String TAG_EN = "/en/tag";

	public static final String SEARCH_FR = "/fr/recherche";

	public static final String SEARCH_NL = "/nl/zoeken";

	public static final String SEARCH_EN = "/en/search";

	/** Path word before a page number in paginated listings. */
	public static final String PAGE = "page";

	/** File name of Atom feeds, appended to a listing's address. */
	public static final String FEED = "feed.atom";

	private ContentPaths() {
	}

	/** The first words of content's addresses in a language, without the language. */
	public static Set<String> topLevelWords(Language language) {
		return Set.of(word(news(language)), word(pick(language, CATEGORY_FR, CATEGORY_NL, CATEGORY_EN)),
				word(pick(language, TAG_FR, TAG_NL, TAG_EN)), word(search(language)));
	}

	public static String news(Language language) {
		return pick(language, NEWS_FR, NEWS_NL, NEWS_EN);
	}

	public static String newsPage(Language language, int page) {
		return paged(news(language), page);
	}

	public static String post(Language language, String slug) {
		return news(language) + "/" + slug;
	}

	public static String newsFeed(Language language) {
		return news(language) + "/" + FEED;
	}

	public static String category(Language language, String slug) {
		return pick(language, CATEGORY_FR, CATEGORY_NL, CATEGORY_EN) + "/" + slug;
	}

	public static String categoryPage(Language language, String slug, int page) {
		return paged(category(language, slug), page);
	}

	public static String categoryFeed(Language language, String slug) {
		return category(language, slug) + "/" + FEED;
	}

	public static String tag(Language language, String slug) {
		return pick(language, TAG_FR, TAG_NL, TAG_EN) + "/" + slug;
	}

	public static String tagPage(Language language, String slug, int page) {
		return paged(tag(language, slug), page);
	}

	public static String search(Language language) {
		return pick(language, SEARCH_FR, SEARCH_NL, SEARCH_EN);
	}

	/** A static page, given the slugs from the top of the page tree down to the page. */
	public static String page(Language language, Iterable<String> slugPath) {
		return SitePaths.home(language) + String.join("/", slugPath);
	}

	private static String word(String path) {
		return path.substring(4);
	}

	private static String paged(String base, int page) {
		return (page <= 1) ? base : base + "/" + PAGE + "/" + page;
	}

	private static String pick(Language language, String fr, String nl, String en) {
		return switch (language) {
			case FR -> fr;
			case NL -> nl;
			case EN -> en;
		};
	}

}
