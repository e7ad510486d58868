package org.vigie.site;

/**
 * The public addresses of the site, with their words in each language. Every link the
 * site prints is built here, so addresses stay stable and consistent.
 */
public final class SitePaths {

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

	private SitePaths() {
	}

	public static String home(Language language) {
		return "/" + language.code() + "/";
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
		return "/" + language.code() + "/" + String.join("/", slugPath);
	}

	public static String sitemap(Language language) {
		return "/sitemap-" + language.code() + ".xml";
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
