package org.vigie.site;

/**
 * The addresses the site itself answers: each language's home and the sitemaps. Every
 * other address belongs to the module that answers it, which builds its links in one
 * place of its own (content's are in {@code ContentPaths}) and reserves its first words
 * with {@link TopLevelWords}.
 */
public final class SitePaths {

	private SitePaths() {
	}

	public static String home(Language language) {
		return "/" + language.code() + "/";
	}

	public static String sitemap(Language language) {
		return "/sitemap-" + language.code() + ".xml";
	}

}
