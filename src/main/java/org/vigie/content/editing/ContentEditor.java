package org.vigie.content.editing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.vigie.content.ContentPermissions;
import org.vigie.content.store.AuthorRepository;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Revision;
import org.vigie.content.store.RevisionRepository;
import org.vigie.content.store.TagRepository;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaLibrary;
import org.vigie.media.MediaUsage;
import org.vigie.site.Language;
import org.vigie.site.ReservedWords;
import org.vigie.site.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Every change staff make to posts, pages and categories: writing, translating,
 * publishing now or at a set time, unpublishing, deleting, and restoring a revision.
 * <p>
 * Each change checks the person's permissions (an author writes and edits only their own
 * drafts; publishing takes {@link ContentPermissions#PUBLISH}), checks that nobody saved
 * the item since it was opened, cleans the body, keeps a revision, writes the audit trail
 * for publication events, and announces the change once the transaction commits. A
 * refused change changes nothing.
 * <p>
 * This class is the entry point and the transaction boundary; each feature lives in a
 * package-private class of its own ({@link PostWriter}, {@link PageWriter},
 * {@link Translator}, {@link CategoryWriter}, {@link Publisher},
 * {@link RevisionRestore}), built here so that they share one set of rules
 * ({@link EditAccess}, {@link FormChecks}, {@link SlugRules}, {@link PagePlacement},
 * {@link EditTrail}).
 */
@Service
public class ContentEditor {

	/** The longest body accepted, in characters, before cleaning. */
	public static final int MAX_BODY = 1_000_000;

	// Method security: every change is checked here too, not only by the back-office's
	// address rules, so no new screen or caller can skip it. The finer rules (an author
	// edits only their own drafts) follow in EditAccess.
	private static final String WRITE = "hasAnyAuthority('PERM_CONTENT_WRITE_OWN', 'PERM_CONTENT_EDIT_ANY')";

	private static final String EDIT_ANY = "hasAuthority('PERM_CONTENT_EDIT_ANY')";

	private static final String PUBLISH = "hasAuthority('PERM_CONTENT_PUBLISH')";

	private final EditAccess access;

	private final PostWriter postWriter;

	private final PageWriter pageWriter;

	private final Translator translator;

	private final CategoryWriter categoryWriter;

	private final Publisher publisher;

	private final RevisionRestore restorer;

	private final RevisionRepository revisions;

	ContentEditor(PostRepository posts, PageRepository pages, CategoryRepository categories, TagRepository tags,
			AuthorRepository authors, RevisionRepository revisions, MediaLibrary media, MediaUsage usage,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, SiteProperties site,
			ReservedWords reserved) {
		EditTrail trail = new EditTrail(revisions, audit, events, clock, usage);
		SlugRules slugs = new SlugRules(posts, pages, reserved);
		PagePlacement placement = new PagePlacement(pages);
		FormChecks checks = new FormChecks(media, categories, slugs, placement);
		this.access = new EditAccess(posts, pages);
		this.postWriter = new PostWriter(posts, categories, tags, authors, media, checks, this.access, trail, clock);
		this.pageWriter = new PageWriter(pages, checks, placement, this.access, trail, clock);
		this.translator = new Translator(posts, pages, categories, tags, media, slugs, this.postWriter, this.pageWriter,
				clock);
		this.categoryWriter = new CategoryWriter(categories, trail);
		this.publisher = new Publisher(posts, pages, revisions, placement, this.access, trail, clock, site.timeZone());
		this.restorer = new RevisionRestore(revisions, slugs, this.access, trail, clock);
		this.revisions = revisions;
	}

	/** Writes a new post as a draft in a language. */
	@Transactional
	@PreAuthorize(WRITE)
	public Post createPost(Language language, PostForm form, StaffIdentity me) {
		return this.postWriter.create(language, form, me);
	}

	/** Saves an edited post; {@code version} is the one the editor opened. */
	@Transactional
	@PreAuthorize(WRITE)
	public Post updatePost(long id, long version, PostForm form, StaffIdentity me) {
		return this.postWriter.update(id, version, form, me);
	}

	/**
	 * The post's translation into a language: the existing one, or a new draft pre-filled
	 * from the source (title, summary, body, cover, and the categories and tags that
	 * exist in that language), to be translated by the editor.
	 */
	@Transactional
	@PreAuthorize(WRITE)
	public Post translatePost(long sourceId, Language target, StaffIdentity me) {
		return this.translator.post(sourceId, target, me);
	}

	/** Writes a new page as a draft in a language, last under its parent. */
	@Transactional
	@PreAuthorize(EDIT_ANY)
	public Page createPage(Language language, PageForm form, StaffIdentity me) {
		return this.pageWriter.create(language, form, me);
	}

	/** Saves an edited page; {@code version} is the one the editor opened. */
	@Transactional
	@PreAuthorize(EDIT_ANY)
	public Page updatePage(long id, long version, PageForm form, StaffIdentity me) {
		return this.pageWriter.update(id, version, form, me);
	}

	/**
	 * The page's translation into a language: the existing one, or a new pre-filled
	 * draft.
	 */
	@Transactional
	@PreAuthorize(EDIT_ANY)
	public Page translatePage(long sourceId, Language target, StaffIdentity me) {
		return this.translator.page(sourceId, target, me);
	}

	/** Moves a page one place up ({@code -1}) or down ({@code 1}) among its siblings. */
	@Transactional
	@PreAuthorize(EDIT_ANY)
	public void movePage(long id, int direction, StaffIdentity me) {
		this.pageWriter.move(id, direction, me);
	}

	/**
	 * Adds a category in a language, under a parent of that language or at the top, and
	 * as the translation of a category of another language if one is given.
	 */
	@Transactional
	@PreAuthorize(EDIT_ANY)
	public Category createCategory(Language language, String name, String slug, Long parentId, Long translationOf,
			StaffIdentity me) {
		return this.categoryWriter.create(language, name, slug, parentId, translationOf, me);
	}

	/** Publishes now. */
	@Transactional
	@PreAuthorize(PUBLISH)
	public void publish(Revision.Kind kind, long id, long version, StaffIdentity me) {
		this.publisher.publish(kind, id, version, me);
	}

	/** Publishes at a moment to come; the site shows the item from that moment on. */
	@Transactional
	@PreAuthorize(PUBLISH)
	public void schedule(Revision.Kind kind, long id, long version, Instant at, StaffIdentity me) {
		this.publisher.schedule(kind, id, version, at, me);
	}

	/** Takes the item off the public site; it becomes a draft again. */
	@Transactional
	@PreAuthorize(PUBLISH)
	public void unpublish(Revision.Kind kind, long id, long version, StaffIdentity me) {
		this.publisher.unpublish(kind, id, version, me);
	}

	/** Deletes the item and its revisions. A page with sub-pages cannot be deleted. */
	@Transactional
	@PreAuthorize(PUBLISH)
	public void delete(Revision.Kind kind, long id, long version, StaffIdentity me) {
		this.publisher.delete(kind, id, version, me);
	}

	/**
	 * Restores a revision's title, address, summary, body and cover, as a new revision.
	 */
	@Transactional
	@PreAuthorize(WRITE)
	public void restore(Revision.Kind kind, long id, int number, long version, StaffIdentity me) {
		this.restorer.restore(kind, id, number, version, me);
	}

	/**
	 * Publishes every scheduled item whose moment has come. Readers already see them (the
	 * site compares dates); this records the publication and refreshes feeds and search.
	 * @return how many items were published
	 */
	@Transactional
	public int publishDue() {
		return this.publisher.publishDue();
	}

	/** Whether this person may change the item at all. */
	public boolean mayEdit(Editable item, StaffIdentity me) {
		return this.access.mayEdit(item, me);
	}

	/** The item's revisions, newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize(WRITE)
	public List<Revision> revisions(Revision.Kind kind, long id) {
		return this.revisions.findByKindAndItemIdOrderByNumberDesc(kind, id);
	}

	/**
	 * How content names a post or page to the media library ({@code content:post:12}),
	 * which records the media each item uses.
	 */
	public static String mediaUser(Revision.Kind kind, long id) {
		return "content:" + kind.name().toLowerCase(Locale.ROOT) + ":" + id;
	}

	/** The item does not exist (any more). */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class NotFound extends RuntimeException {

		public NotFound(String what) {
			super("Not found: " + what);
		}

	}

}
