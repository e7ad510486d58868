package org.vigie.content.editing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.vigie.content.ContentPermissions;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Revision;
import org.vigie.content.store.TagRepository;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaLibrary;
import org.vigie.site.Language;

/**
 * "Translate into…": the existing translation of a post or page, or a new draft in the
 * other language under the same translation key, pre-filled from the source so the editor
 * only has to translate.
 */
final class Translator {

	private final PostRepository posts;

	private final PageRepository pages;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final MediaLibrary media;

	private final SlugRules slugs;

	private final PostWriter postWriter;

	private final PageWriter pageWriter;

	private final Clock clock;

	Translator(PostRepository posts, PageRepository pages, CategoryRepository categories, TagRepository tags,
			MediaLibrary media, SlugRules slugs, PostWriter postWriter, PageWriter pageWriter, Clock clock) {
		this.posts = posts;
		this.pages = pages;
		this.categories = categories;
		this.tags = tags;
		this.media = media;
		this.slugs = slugs;
		this.postWriter = postWriter;
		this.pageWriter = pageWriter;
		this.clock = clock;
	}

	Post post(long sourceId, Language target, StaffIdentity me) {
		EditAccess.require(me, ContentPermissions.WRITE_OWN);
		Post source = this.posts.findById(sourceId).orElseThrow(() -> new ContentEditor.NotFound("post " + sourceId));
		Optional<Post> existing = in(target, this.posts.findByTranslationKey(source.getTranslationKey()),
				Post::getLanguage);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!me.can(ContentPermissions.EDIT_ANY) && !EditAccess.ownedBy(source, me)) {
			throw new NotAllowed("translate someone else's post");
		}
		Post post = new Post(source.getTranslationKey(), target, this.slugs.free(target, source.getSlug(), null, false),
				source.getTitle(), source.getBody(), this.clock.instant());
		post.setExcerpt(source.getExcerpt());
		post.setOwnerId(me.id());
		post.setAuthor(this.postWriter.authorFor(me));
		if (source.getCoverPath() != null) {
			post.setCover(source.getCoverPath(), coverAlt(source, target), source.getCoverSrcset());
		}
		source.getCategories()
			.forEach((category) -> this.categories.findByTranslationKey(category.getTranslationKey())
				.stream()
				.filter((translated) -> translated.getLanguage() == target)
				.forEach(post.getCategories()::add));
		source.getTags()
			.forEach((tag) -> this.tags.findByTranslationKey(tag.getTranslationKey())
				.stream()
				.filter((translated) -> translated.getLanguage() == target)
				.forEach(post.getTags()::add));
		return this.postWriter.saved(post, me, Revision.Reason.TRANSLATED);
	}

	Page page(long sourceId, Language target, StaffIdentity me) {
		EditAccess.require(me, ContentPermissions.EDIT_ANY);
		Page source = this.pages.findById(sourceId).orElseThrow(() -> new ContentEditor.NotFound("page " + sourceId));
		Optional<Page> existing = in(target, this.pages.findByTranslationKey(source.getTranslationKey()),
				Page::getLanguage);
		if (existing.isPresent()) {
			return existing.get();
		}
		Page page = new Page(source.getTranslationKey(), target, this.slugs.free(target, source.getSlug(), null, true),
				source.getTitle(), source.getBody(), this.clock.instant());
		page.setSummary(source.getSummary());
		page.setOwnerId(me.id());
		Page parent = (source.getParent() == null) ? null
				: in(target, this.pages.findByTranslationKey(source.getParent().getTranslationKey()), Page::getLanguage)
					.orElse(null);
		page.placeUnder(parent, source.getPosition());
		page.setInMenu(source.isInMenu());
		return this.pageWriter.saved(page, me, Revision.Reason.TRANSLATED);
	}

	/** The cover's alternative in the library for that language, else the source's. */
	private String coverAlt(Post source, Language target) {
		String alt = this.media.imageAt(source.getCoverPath())
			.map((image) -> image.alt(target))
			.orElse(source.getCoverAlt());
		return (alt != null) ? alt : source.getCoverAlt();
	}

	/** The member of a translation family written in the language. */
	private static <T> Optional<T> in(Language language, List<T> family, Function<T, Language> languageOf) {
		return family.stream().filter((item) -> languageOf.apply(item) == language).findFirst();
	}

}
