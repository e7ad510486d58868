package org.vigie.content.editing;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.vigie.content.store.Editable;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.PostRepository;
import org.vigie.site.Language;

/**
 * The address words of posts and pages: unique per language, made from the title when
 * none is typed (numbered when taken), and never a word a top-level page would hide a
 * route with.
 */
final class SlugRules {

	/** First words of public addresses that a top-level page cannot take. */
	static final Set<String> RESERVED = Set.of("actualites", "nieuws", "news", "categorie", "category", "etiquette",
			"tag", "recherche", "zoeken", "search", "page", "feed", "sitemap", "media", "admin");

	private final PostRepository posts;

	private final PageRepository pages;

	SlugRules(PostRepository posts, PageRepository pages) {
		this.posts = posts;
		this.pages = pages;
	}

	/**
	 * The typed slug, or one made from the title; a problem is recorded when the typed
	 * one is malformed or taken.
	 */
	String check(Language language, String typed, String title, Long id, boolean page, Map<String, String> problems) {
		if (!typed.isEmpty()) {
			if (!Slugs.isValid(typed)) {
				problems.put("slug", "edit.error.slug");
				return typed;
			}
			if (taken(language, typed, id, page)) {
				problems.put("slug", "edit.error.slugTaken");
			}
			return typed;
		}
		return free(language, Slugs.of(title), id, page);
	}

	/** The slug, or the slug with the first free number after it. */
	String free(Language language, String wanted, Long id, boolean page) {
		String base = wanted.isEmpty() ? (page ? "page" : "post") : wanted;
		if (page && RESERVED.contains(base)) {
			base = base + "-1";
		}
		String slug = base;
		for (int n = 2; taken(language, slug, id, page); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** Whether another post (or page) of the language has the slug. */
	boolean taken(Language language, String slug, Long id, boolean page) {
		Predicate<Editable> other = (item) -> !item.getId().equals(id);
		return page ? this.pages.findByLanguageAndSlug(language, slug).filter(other).isPresent()
				: this.posts.findByLanguageAndSlug(language, slug).filter(other).isPresent();
	}

	static boolean reserved(String slug) {
		return RESERVED.contains(slug);
	}

}
