package org.vigie.content.editing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vigie.content.ContentPermissions;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Page;
import org.vigie.content.store.Post;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.site.Language;

/**
 * Checks what an editor submits before anything is changed: title and summary lengths,
 * the body (size, cleaning, images with an alternative), the slug, the cover, tags,
 * categories and the page's parent. Every problem is reported at once, by field.
 */
final class FormChecks {

	static final int MAX_TITLE = 300;

	static final int MAX_SUMMARY = 2000;

	static final int MAX_TAGS = 20;

	static final int MAX_TAG_LENGTH = 60;

	static final int MAX_ALT = 500;

	private final MediaLibrary media;

	private final CategoryRepository categories;

	private final SlugRules slugs;

	private final PagePlacement placement;

	FormChecks(MediaLibrary media, CategoryRepository categories, SlugRules slugs, PagePlacement placement) {
		this.media = media;
		this.categories = categories;
		this.slugs = slugs;
		this.placement = placement;
	}

	/**
	 * The body and slug once checked, and the media-library image chosen as cover when it
	 * changed.
	 */
	record Checked(String slug, String body, MediaFile cover) {
	}

	Checked post(Language language, PostForm form, Post existing, StaffIdentity me) {
		Long id = (existing != null) ? existing.getId() : null;
		Map<String, String> problems = new LinkedHashMap<>();
		text(form.title(), form.summary(), problems);
		String body = body(form.body(), problems);
		String slug = this.slugs.check(language, form.slug(), form.title(), id, false, problems);
		MediaFile cover = cover(form, existing, problems);
		List<String> tagNames = tagNames(form.tags());
		if (tagNames.size() > MAX_TAGS || tagNames.stream().anyMatch((name) -> name.length() > MAX_TAG_LENGTH)) {
			problems.put("tags", "edit.error.tags");
		}
		for (Long categoryId : form.categoryIds()) {
			Optional<Category> category = (categoryId != null) ? this.categories.findById(categoryId)
					: Optional.empty();
			if (category.isEmpty() || category.get().getLanguage() != language) {
				problems.put("categories", "edit.error.categories");
			}
		}
		if (form.featured() && !me.can(ContentPermissions.PUBLISH)) {
			problems.put("featured", "edit.error.featured");
		}
		refuseIfAny(problems);
		return new Checked(slug, body, cover);
	}

	Checked page(Language language, PageForm form, Page page) {
		Map<String, String> problems = new LinkedHashMap<>();
		text(form.title(), form.summary(), problems);
		String body = body(form.body(), problems);
		boolean topLevel = form.parentId() == null;
		String slug = this.slugs.check(language, form.slug(), form.title(), (page != null) ? page.getId() : null, true,
				problems);
		if (topLevel && this.slugs.reserved(language, slug)) {
			problems.put("slug", "edit.error.slugReserved");
		}
		if (form.parentId() != null) {
			try {
				this.placement.parent(language, form.parentId(), page);
			}
			catch (EditProblems ex) {
				problems.putAll(ex.problems());
			}
		}
		refuseIfAny(problems);
		return new Checked(slug, body, null);
	}

	/**
	 * The new cover, or {@code null} when there is none or it is the one already kept.
	 */
	private MediaFile cover(PostForm form, Post existing, Map<String, String> problems) {
		if (form.cover().isEmpty()) {
			return null;
		}
		// A cover from before the media library (imported or demo content) may stay as it
		// is.
		boolean kept = existing != null && form.cover().equals(existing.getCoverPath());
		MediaFile cover = kept ? null : this.media.imageAt(form.cover()).orElse(null);
		if (cover == null && !kept) {
			problems.put("cover", "edit.error.cover");
		}
		else if (form.coverAlt().isEmpty()) {
			problems.put("coverAlt", "edit.error.coverAlt");
		}
		else if (form.coverAlt().length() > MAX_ALT) {
			problems.put("coverAlt", "edit.error.coverAltLength");
		}
		return cover;
	}

	private static void text(String title, String summary, Map<String, String> problems) {
		if (title.isEmpty()) {
			problems.put("title", "edit.error.title");
		}
		else if (title.length() > MAX_TITLE || title.chars().anyMatch((c) -> c < 0x20)) {
			problems.put("title", "edit.error.titleLength");
		}
		if (summary.length() > MAX_SUMMARY) {
			problems.put("summary", "edit.error.summaryLength");
		}
	}

	private static String body(String raw, Map<String, String> problems) {
		if (raw.length() > ContentEditor.MAX_BODY) {
			problems.put("body", "edit.error.bodyLength");
			return "";
		}
		BodyPolicy.Cleaned cleaned = BodyPolicy.clean(raw);
		if (cleaned.imagesWithoutAlt()) {
			problems.put("body", "edit.error.imageAlt");
		}
		return cleaned.html();
	}

	private static void refuseIfAny(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new EditProblems(problems);
		}
	}

	/** The tag names typed, separated by commas, each once, in the order typed. */
	static List<String> tagNames(String tags) {
		Set<String> names = new LinkedHashSet<>();
		Arrays.stream(tags.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.filter((name) -> name.chars().noneMatch((c) -> c < 0x20))
			.forEach(names::add);
		return List.copyOf(names);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
