package org.vigie.fundraising.pages;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.ReservedSlugs;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.site.Language;

/**
 * The addresses of runners' pages: a page follows its campaign's address with its own
 * slug, the same in every language ({@code /fr/soutenir/20-km-de-bruxelles/sofia},
 * {@code /en/support/20-km-of-brussels/sofia}). The words of the forms sit at the same
 * place, so no page may take them, nor the checkout's.
 */
final class PagePaths {

	private static final String[] CREATE = { "creer-une-page", "pagina-maken", "create-a-page" };

	private static final String[] MANAGE = { "gerer-ma-page", "mijn-pagina-beheren", "manage-my-page" };

	private static final String[] PUBLISH = { "publier", "publiceren", "publish" };

	private static final String[] EDIT = { "modifier", "bewerken", "edit" };

	/** Words no page may take as its slug, in any language. */
	static final Set<String> RESERVED = reserved();

	private PagePaths() {
	}

	/** A page, in a language. */
	static String page(Language language, Campaign campaign, String slug) {
		return SupportPaths.campaign(language, campaign) + "/" + slug;
	}

	/** The form that creates a page. */
	static String create(Language language, Campaign campaign) {
		return SupportPaths.campaign(language, campaign) + "/" + CREATE[language.ordinal()];
	}

	/** The form that asks for a link to edit one's page. */
	static String manage(Language language, Campaign campaign) {
		return SupportPaths.campaign(language, campaign) + "/" + MANAGE[language.ordinal()];
	}

	/** Where an emailed link publishes a page. */
	static String publish(Language language, Campaign campaign) {
		return manage(language, campaign) + "/" + PUBLISH[language.ordinal()];
	}

	/** Where an emailed link edits a page. */
	static String edit(Language language, Campaign campaign) {
		return manage(language, campaign) + "/" + EDIT[language.ordinal()];
	}

	/** The checkout, crediting a page. */
	static String sponsor(Language language, Campaign campaign, UUID pageId) {
		return SupportPaths.give(language, campaign) + "?page=" + pageId;
	}

	private static Set<String> reserved() {
		Set<String> words = new HashSet<>(ReservedSlugs.WORDS);
		for (Language language : Language.all()) {
			words.add(SupportPaths.giveWord(language));
			words.add(CREATE[language.ordinal()]);
			words.add(MANAGE[language.ordinal()]);
		}
		return Set.copyOf(words);
	}

}
