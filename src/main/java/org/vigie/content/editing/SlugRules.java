package org.vigie.content.editing;

import java.util.Map;
import java.util.function.Predicate;

import org.vigie.content.store.Editable;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.PostRepository;
import org.vigie.site.Language;
import org.vigie.site.Slugs;
import org.vigie.site.ReservedWords;

/**
 * The address words of posts and pages: unique per language, made from the title when
 * none is typed (numbered when taken), and never a word a top-level page would hide a
 * route with.
 */
final class SlugRules {

	private final PostRepository posts;

	private final PageRepository pages;

	/**
	 * First words of public addresses, declared by every module, that a top-level page
	 * cannot take.
	 */
	private final ReservedWords reserved;

	SlugRules(PostRepository posts, PageRepository pages, ReservedWords reserved) {
		this.posts = posts;
		this.pages = pages;
		this.reserved = reserved;
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
		if (page && reserved(language, base)) {
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

	/** Whether a top-level page with this slug would hide a module's addresses. */
	boolean reserved(Language language, String slug) {
		return this.reserved.isReserved(language, slug);
	}

}
