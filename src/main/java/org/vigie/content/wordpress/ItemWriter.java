package org.vigie.content.wordpress;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.vigie.content.editing.ContentEditor;
import org.vigie.site.Slugs;
import org.vigie.content.store.Author;
import org.vigie.content.store.AuthorRepository;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Publication;
import org.vigie.content.store.Revision;
import org.vigie.content.store.TagRepository;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaUsage;
import org.vigie.site.Language;

import org.springframework.stereotype.Component;

/**
 * Writes an imported post (with its author, categories, tags and cover) or page, unless
 * the same item was imported before with the same checksum.
 */
@Component
class ItemWriter {

	private final PostRepository posts;

	private final PageRepository pages;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final ImportLinkRepository links;

	private final MediaUsage usage;

	private final Clock clock;

	ItemWriter(PostRepository posts, PageRepository pages, CategoryRepository categories, TagRepository tags,
			AuthorRepository authors, ImportLinkRepository links, MediaUsage usage, Clock clock) {
		this.posts = posts;
		this.pages = pages;
		this.categories = categories;
		this.tags = tags;
		this.authors = authors;
		this.links = links;
		this.usage = usage;
		this.clock = clock;
	}

	/** An item as converted, ready to be written. */
	record Imported(Wxr.Item item, ImportPlan.Item planned, String title, String body, String excerpt,
			Publication publication, String key, String checksum) {
	}

	void post(ImportRun run, Imported imported) {
		Wxr.Item item = imported.item();
		Optional<ImportLink> link = this.links.find(run.site, "POST", item.id());
		Optional<Post> existing = link.flatMap((found) -> this.posts.findById(found.vigieId()));
		if (existing.isPresent() && link.get().checksum().equals(imported.checksum())) {
			run.report.unchanged("post");
			return;
		}
		Language language = imported.planned().language();
		String translationKey = usableKey(imported.key(), language, existing.map(Post::getTranslationKey),
				this.posts::findByTranslationKey);
		String slug = run.slugs.get(item.id());
		Instant now = this.clock.instant();
		Post post = existing
			.orElseGet(() -> new Post(translationKey, language, slug, item.title(), imported.body(), now));
		post.edit(imported.title(), slug, imported.excerpt(), imported.body(), now);
		post.setPublication(imported.publication());
		post.setFeatured(item.sticky());
		cover(run, post, item);
		post.setAuthor(author(run, item.creator()));
		terms(run, post, item);
		post = this.posts.save(post);
		usesMedia(Revision.Kind.POST, post.getId(), post.getBody(), post.getCoverPath());
		this.links.remember(run.site, "POST", item.id(), post.getId(), imported.checksum(), link);
		run.written("post", existing.isPresent());
	}

	void page(ImportRun run, Imported imported) {
		Wxr.Item item = imported.item();
		Optional<ImportLink> link = this.links.find(run.site, "PAGE", item.id());
		Optional<Page> existing = link.flatMap((found) -> this.pages.findById(found.vigieId()));
		if (existing.isPresent() && link.get().checksum().equals(imported.checksum())) {
			run.pageIds.put(item.id(), existing.get().getId());
			run.report.unchanged("page");
			return;
		}
		Language language = imported.planned().language();
		String translationKey = usableKey(imported.key(), language, existing.map(Page::getTranslationKey),
				this.pages::findByTranslationKey);
		String slug = run.slugs.get(item.id());
		Instant now = this.clock.instant();
		Page page = existing
			.orElseGet(() -> new Page(translationKey, language, slug, item.title(), imported.body(), now));
		page.edit(imported.title(), slug, imported.excerpt(), imported.body(), now);
		page.setPublication(imported.publication());
		page = this.pages.save(page);
		usesMedia(Revision.Kind.PAGE, page.getId(), page.getBody(), null);
		run.pageIds.put(item.id(), page.getId());
		this.links.remember(run.site, "PAGE", item.id(), page.getId(), imported.checksum(), link);
		run.written("page", existing.isPresent());
	}

	/** Tells the media library which files the item shows, as the editor does. */
	private void usesMedia(Revision.Kind kind, long id, String body, String cover) {
		Set<String> addresses = new LinkedHashSet<>(MediaUsage.addressesIn(body));
		if (cover != null) {
			addresses.add(cover);
		}
		this.usage.record(ContentEditor.mediaUser(kind, id), addresses);
	}

	/** The post's categories and tags, as imported. */
	private void terms(ImportRun run, Post post, Wxr.Item item) {
		post.getCategories().clear();
		post.getTags().clear();
		for (Wxr.ItemTerm term : item.terms()) {
			Long termId = run.termIdsBySlug.get(term.taxonomy() + ":" + term.slug());
			if ("category".equals(term.taxonomy()) && termId != null && run.categoryIds.containsKey(termId)) {
				this.categories.findById(run.categoryIds.get(termId)).ifPresent(post.getCategories()::add);
			}
			else if ("post_tag".equals(term.taxonomy()) && termId != null && run.tagIds.containsKey(termId)) {
				this.tags.findById(run.tagIds.get(termId)).ifPresent(post.getTags()::add);
			}
		}
	}

	/** The featured image as the cover, when it was imported and has an alternative. */
	private void cover(ImportRun run, Post post, Wxr.Item item) {
		String thumbnail = item.meta().get("_thumbnail_id");
		MediaFile image = (thumbnail != null && thumbnail.strip().matches("[0-9]{1,12}"))
				? run.attachments.get(Long.parseLong(thumbnail.strip())) : null;
		if (image == null || !image.isImage()) {
			post.setCover(null, null, null);
			return;
		}
		String alt = image.alt(post.getLanguage());
		if (alt == null) {
			alt = image.alts().values().stream().findFirst().orElse(null);
		}
		if (alt == null) {
			run.report.skipped("post " + item.id() + " cover", "the image has no text alternative");
			post.setCover(null, null, null);
			return;
		}
		post.setCover(image.path(), alt, image.srcset());
	}

	/**
	 * The translation key the item asks for, unless another item of its language holds it
	 * already: then the one it has, or the key with the language after it.
	 */
	private static <T extends Editable> String usableKey(String wanted, Language language, Optional<String> current,
			Function<String, List<T>> family) {
		if (current.isPresent() && current.get().equals(wanted)) {
			return wanted;
		}
		boolean clash = family.apply(wanted).stream().anyMatch((other) -> other.getLanguage() == language);
		return clash ? current.orElse(wanted + "-" + language.code()) : wanted;
	}

	private Author author(ImportRun run, String login) {
		if (login == null || login.isBlank()) {
			return null;
		}
		String slug = "wp-" + Slugs.of(login);
		String name = run.plan.authorNames.getOrDefault(login, login);
		return this.authors.findBySlug(slug).orElseGet(() -> {
			run.report.created("author");
			return this.authors.save(new Author(slug, name));
		});
	}

}
