package org.vigie.content.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.site.Language;

/**
 * What the first reading of an export learns: everything but the bodies. Languages and
 * translation groups come from Polylang's terms, menus say which pages the menu shows.
 */
final class ImportPlan implements Wxr.Handler {

	final Language defaultLanguage;

	String site = "";

	final Map<String, String> authorNames = new HashMap<>();

	final List<Wxr.Term> terms = new ArrayList<>();

	final Map<Long, Language> termLanguages = new HashMap<>();

	final Map<Long, String> termGroups = new HashMap<>();

	final Map<Long, Item> items = new LinkedHashMap<>();

	/** Pages in the site's menus, with their order there; other menu entries. */
	final Map<Long, Integer> menuPages = new HashMap<>();

	final List<String> otherMenuEntries = new ArrayList<>();

	ImportPlan(Language defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
	}

	@Override
	public void site(String link) {
		this.site = link.replaceAll("/+$", "");
	}

	@Override
	public void author(Wxr.Author author) {
		this.authorNames.put(author.login(), author.displayName());
	}

	@Override
	public void term(Wxr.Term term) {
		if ("term_translations".equals(term.taxonomy())) {
			Polylang.group(term.description()).forEach((code, id) -> {
				Language.fromCode(code).ifPresent((language) -> this.termLanguages.put(id, language));
				this.termGroups.put(id, term.slug());
			});
		}
		else if ("category".equals(term.taxonomy()) || "post_tag".equals(term.taxonomy())) {
			this.terms.add(term);
		}
	}

	@Override
	public void item(Wxr.Item item) {
		if ("nav_menu_item".equals(item.type())) {
			menuEntry(item);
			return;
		}
		Language language = item.terms()
			.stream()
			.filter((term) -> "language".equals(term.taxonomy()))
			.findFirst()
			.flatMap((term) -> Language.fromCode(term.slug()))
			.orElse(this.defaultLanguage);
		String group = item.terms()
			.stream()
			.filter((term) -> "post_translations".equals(term.taxonomy()))
			.map(Wxr.ItemTerm::slug)
			.findFirst()
			.orElse(null);
		this.items.put(item.id(),
				new Item(item.id(), item.type(), item.status(), item.slug(), item.title(), item.link(), language, group,
						item.parentId(), item.menuOrder(), item.attachmentUrl(),
						item.meta().get("_wp_attachment_image_alt")));
	}

	private void menuEntry(Wxr.Item item) {
		String object = item.meta().getOrDefault("_menu_item_object", "");
		String id = item.meta().getOrDefault("_menu_item_object_id", "").strip();
		if ("page".equals(object) && id.matches("[0-9]{1,12}")) {
			this.menuPages.merge(Long.parseLong(id), item.menuOrder(), Math::min);
		}
		else {
			this.otherMenuEntries.add("menu entry " + item.id() + " “" + item.title() + "” ("
					+ item.meta().getOrDefault("_menu_item_type", "?") + " " + object + ")");
		}
	}

	/** A term's language: Polylang's, else a language-code suffix, else the default. */
	Language termLanguage(Wxr.Term term) {
		Language known = this.termLanguages.get(term.id());
		if (known != null) {
			return known;
		}
		for (Language language : Language.all()) {
			if (term.slug().endsWith("-" + language.code())) {
				return language;
			}
		}
		return this.defaultLanguage;
	}

	/** Items the import writes as posts and pages. */
	long importedCount() {
		return this.items.values().stream().filter(Item::imported).count();
	}

	/** An item as planned from the first reading. */
	record Item(long id, String type, String status, String slug, String title, String link, Language language,
			String group, long parentId, int menuOrder, String attachmentUrl, String alt) {

		boolean imported() {
			return ("post".equals(this.type) || "page".equals(this.type)) && !"trash".equals(this.status)
					&& !"auto-draft".equals(this.status) && !"inherit".equals(this.status);
		}

		boolean page() {
			return "page".equals(this.type);
		}

	}

}
