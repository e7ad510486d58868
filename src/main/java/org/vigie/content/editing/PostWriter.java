package org.vigie.content.editing;

import java.time.Clock;
import java.util.UUID;

import org.vigie.content.ContentPermissions;
import org.vigie.content.store.Author;
import org.vigie.content.store.AuthorRepository;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Revision;
import org.vigie.content.store.Tag;
import org.vigie.content.store.TagRepository;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaLibrary;
import org.vigie.site.Language;
import org.vigie.site.Slugs;

/**
 * Writes and saves posts: the checked form's text, cover, categories, tags and (for those
 * who may publish) the featured flag, signed by the writer's author profile.
 */
final class PostWriter {

	private final PostRepository posts;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final MediaLibrary media;

	private final FormChecks checks;

	private final EditAccess access;

	private final EditTrail trail;

	private final Clock clock;

	PostWriter(PostRepository posts, CategoryRepository categories, TagRepository tags, AuthorRepository authors,
			MediaLibrary media, FormChecks checks, EditAccess access, EditTrail trail, Clock clock) {
		this.posts = posts;
		this.categories = categories;
		this.tags = tags;
		this.authors = authors;
		this.media = media;
		this.checks = checks;
		this.access = access;
		this.trail = trail;
		this.clock = clock;
	}

	Post create(Language language, PostForm form, StaffIdentity me) {
		EditAccess.require(me, ContentPermissions.WRITE_OWN);
		FormChecks.Checked checked = this.checks.post(language, form, null, me);
		Post post = new Post(UUID.randomUUID().toString(), language, checked.slug(), form.title(), checked.body(),
				this.clock.instant());
		post.setOwnerId(me.id());
		post.setAuthor(authorFor(me));
		apply(post, form, checked, me);
		return saved(post, me, Revision.Reason.CREATED);
	}

	Post update(long id, long version, PostForm form, StaffIdentity me) {
		Post post = this.access.editablePost(id, me);
		EditAccess.checkVersion(post, version);
		FormChecks.Checked checked = this.checks.post(post.getLanguage(), form, post, me);
		post.edit(form.title(), checked.slug(), FormChecks.blankToNull(form.summary()), checked.body(),
				this.clock.instant());
		apply(post, form, checked, me);
		return saved(post, me, Revision.Reason.SAVED);
	}

	/** Saves a new or changed post with its revision, and announces it. */
	Post saved(Post post, StaffIdentity me, Revision.Reason reason) {
		this.posts.saveAndFlush(post);
		this.trail.keepRevision(Revision.Kind.POST, post, me, reason);
		this.trail.changed(Revision.Kind.POST, post.getId());
		return post;
	}

	private void apply(Post post, PostForm form, FormChecks.Checked checked, StaffIdentity me) {
		post.setExcerpt(FormChecks.blankToNull(form.summary()));
		if (checked.cover() != null) {
			post.setCover(checked.cover().path(), form.coverAlt(), checked.cover().srcset());
			this.media.describeWhereMissing(checked.cover().id(), post.getLanguage(), form.coverAlt());
		}
		else if (!form.cover().isEmpty() && form.cover().equals(post.getCoverPath())) {
			post.setCover(post.getCoverPath(), form.coverAlt(), post.getCoverSrcset());
		}
		else {
			post.setCover(null, null, null);
		}
		post.getCategories().clear();
		form.categoryIds().forEach((id) -> this.categories.findById(id).ifPresent(post.getCategories()::add));
		post.getTags().clear();
		FormChecks.tagNames(form.tags()).forEach((name) -> post.getTags().add(tag(post.getLanguage(), name)));
		if (me.can(ContentPermissions.PUBLISH)) {
			post.setFeatured(form.featured());
		}
	}

	/** The tag of that name in the language, created when it does not exist yet. */
	private Tag tag(Language language, String name) {
		String slug = Slugs.of(name);
		String usable = slug.isEmpty() ? "tag-" + UUID.randomUUID().toString().substring(0, 8) : slug;
		return this.tags.findByLanguageAndSlug(language, usable)
			.orElseGet(() -> this.tags.save(new Tag(UUID.randomUUID().toString(), language, usable, name)));
	}

	/**
	 * The staff member's author profile, created on their first post, renamed with them.
	 */
	Author authorFor(StaffIdentity me) {
		return this.authors.findByStaffId(me.id()).map((author) -> {
			if (!author.getDisplayName().equals(me.displayName())) {
				author.signAs(me.id(), me.displayName());
			}
			return author;
		}).orElseGet(() -> {
			String base = Slugs.of(me.displayName());
			String slug = (base.isEmpty() ? "staff" : base) + "-" + me.id();
			Author author = new Author(slug, me.displayName());
			author.signAs(me.id(), me.displayName());
			return this.authors.save(author);
		});
	}

}
