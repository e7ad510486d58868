package org.vigie.content.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.content.ContentChanged;
import org.vigie.content.ContentPermissions;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;
import org.vigie.site.Slugs;

/**
 * Adds categories, which take {@link ContentPermissions#EDIT_ANY}: a name, an address
 * unique in the language, a parent of the same language, and the category it translates.
 */
final class CategoryWriter {

	private static final int MAX_NAME = 200;

	private final CategoryRepository categories;

	private final EditTrail trail;

	CategoryWriter(CategoryRepository categories, EditTrail trail) {
		this.categories = categories;
		this.trail = trail;
	}

	Category create(Language language, String name, String slug, Long parentId, Long translationOf, StaffIdentity me) {
		EditAccess.require(me, ContentPermissions.EDIT_ANY);
		String cleanName = (name != null) ? name.strip() : "";
		String typed = (slug != null) ? slug.strip() : "";
		Map<String, String> problems = new LinkedHashMap<>();
		if (cleanName.isEmpty() || cleanName.length() > MAX_NAME || cleanName.chars().anyMatch((c) -> c < 0x20)) {
			problems.put("name", "edit.error.categoryName");
		}
		String wanted = typed.isEmpty() ? Slugs.of(cleanName) : typed;
		if (!typed.isEmpty() && !Slugs.isValid(typed)) {
			problems.put("slug", "edit.error.slug");
		}
		else if (wanted.isEmpty() || this.categories.findByLanguageAndSlug(language, wanted).isPresent()) {
			problems.put("slug", "edit.error.slugTaken");
		}
		Category parent = (parentId != null) ? this.categories.findById(parentId).orElse(null) : null;
		if (parentId != null && (parent == null || parent.getLanguage() != language)) {
			problems.put("parent", "edit.error.parent");
		}
		String key = translationKey(language, translationOf, problems);
		if (!problems.isEmpty()) {
			throw new EditProblems(problems);
		}
		Category category = new Category(key, language, wanted, cleanName);
		category.setParent(parent);
		this.categories.save(category);
		this.trail.changed(ContentChanged.Kind.TAXONOMY, category.getId());
		return category;
	}

	/**
	 * The source's translation key when the new category translates one that has no
	 * category in this language yet, else a new key.
	 */
	private String translationKey(Language language, Long translationOf, Map<String, String> problems) {
		if (translationOf == null) {
			return UUID.randomUUID().toString();
		}
		Category source = this.categories.findById(translationOf).orElse(null);
		boolean taken = source != null && this.categories.findByTranslationKey(source.getTranslationKey())
			.stream()
			.anyMatch((other) -> other.getLanguage() == language);
		if (source == null || source.getLanguage() == language || taken) {
			problems.put("translationOf", "edit.error.translationOf");
			return UUID.randomUUID().toString();
		}
		return source.getTranslationKey();
	}

}
