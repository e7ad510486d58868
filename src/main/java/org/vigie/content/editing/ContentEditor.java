package org.vigie.content.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.vigie.content.ContentPermissions;
import org.vigie.content.ContentAudit;
import org.vigie.content.ContentChanged;
import org.vigie.content.media.Media;
import org.vigie.content.media.MediaLibrary;
import org.vigie.content.store.Author;
import org.vigie.content.store.AuthorRepository;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Publication;
import org.vigie.content.store.Revision;
import org.vigie.content.store.RevisionRepository;
import org.vigie.content.store.Tag;
import org.vigie.content.store.TagRepository;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.Permission;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change staff make to posts and pages: writing, translating, publishing now or at
 * a set time, unpublishing, deleting, and restoring a revision.
 * <p>
 * Each change checks the person's permissions (an author writes and edits only their own
 * drafts; publishing takes {@link Permission#CONTENT_PUBLISH}), checks that nobody saved
 * the item since it was opened, cleans the body, keeps a revision, writes the audit trail
 * for publication events, and announces the change once the transaction commits. A
 * refused change changes nothing.
 */
@Service
public class ContentEditor {

	/** The longest body accepted, in characters, before cleaning. */
	public static final int MAX_BODY = 1_000_000;

	static final int MAX_TITLE = 300;

	static final int MAX_SUMMARY = 2000;

	static final int MAX_TAGS = 20;

	static final int MAX_TAG_LENGTH = 60;

	/** First words of public addresses that a top-level page cannot take. */
	static final Set<String> RESERVED = Set.of("actualites", "nieuws", "news", "categorie", "category", "etiquette",
			"tag", "recherche", "zoeken", "search", "page", "feed", "sitemap", "media", "admin");

	private final PostRepository posts;

	private final PageRepository pages;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final RevisionRepository revisions;

	private final MediaLibrary media;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	ContentEditor(PostRepository posts, PageRepository pages, CategoryRepository categories, TagRepository tags,
			AuthorRepository authors, RevisionRepository revisions, MediaLibrary media, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, SiteProperties site) {
		this.posts = posts;
		this.pages = pages;
		this.categories = categories;
		this.tags = tags;
		this.authors = authors;
		this.revisions = revisions;
		this.media = media;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.zone = site.timeZone();
	}

	// Posts

	/** Writes a new post as a draft in a language. */
	@Transactional
	public Post createPost(Language language, PostForm form, StaffIdentity me) {
		require(me, ContentPermissions.WRITE_OWN);
		Checked checked = checkPost(language, form, null, me);
		Post post = new Post(UUID.randomUUID().toString(), language, checked.slug(), form.title(), checked.body(),
				this.clock.instant());
		post.setOwnerId(me.id());
		post.setAuthor(authorFor(me));
		applyPost(post, form, checked, me);
		this.posts.saveAndFlush(post);
		keepRevision(Revision.Kind.POST, post, me, Revision.Reason.CREATED);
		changed(ContentChanged.Kind.POST, post.getId());
		return post;
	}

	/** Saves an edited post; {@code version} is the one the editor opened. */
	@Transactional
	public Post updatePost(long id, long version, PostForm form, StaffIdentity me) {
		Post post = editablePost(id, me);
		checkVersion(post, version);
		Checked checked = checkPost(post.getLanguage(), form, post, me);
		post.edit(form.title(), checked.slug(), blankToNull(form.summary()), checked.body(), this.clock.instant());
		applyPost(post, form, checked, me);
		this.posts.saveAndFlush(post);
		keepRevision(Revision.Kind.POST, post, me, Revision.Reason.SAVED);
		changed(ContentChanged.Kind.POST, post.getId());
		return post;
	}

	/**
	 * The post's translation into a language: the existing one, or a new draft pre-filled
	 * from the source (title, summary, body, cover, and the categories and tags that
	 * exist in that language), to be translated by the editor.
	 */
	@Transactional
	public Post translatePost(long sourceId, Language target, StaffIdentity me) {
		require(me, ContentPermissions.WRITE_OWN);
		Post source = this.posts.findById(sourceId).orElseThrow(() -> new NotFound("post " + sourceId));
		Optional<Post> existing = this.posts.findByTranslationKey(source.getTranslationKey())
			.stream()
			.filter((post) -> post.getLanguage() == target)
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!me.can(ContentPermissions.EDIT_ANY) && !ownedBy(source, me)) {
			throw new NotAllowed("translate someone else's post");
		}
		Post post = new Post(source.getTranslationKey(), target, freeSlug(target, source.getSlug(), null, false),
				source.getTitle(), source.getBody(), this.clock.instant());
		post.setExcerpt(source.getExcerpt());
		post.setOwnerId(me.id());
		post.setAuthor(authorFor(me));
		if (source.getCoverPath() != null) {
			String alt = this.media.imageAt(source.getCoverPath())
				.map((image) -> image.alt(target))
				.orElse(source.getCoverAlt());
			post.setCover(source.getCoverPath(), (alt != null) ? alt : source.getCoverAlt(), source.getCoverSrcset());
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
		this.posts.saveAndFlush(post);
		keepRevision(Revision.Kind.POST, post, me, Revision.Reason.TRANSLATED);
		changed(ContentChanged.Kind.POST, post.getId());
		return post;
	}

	// Pages

	@Transactional
	public Page createPage(Language language, PageForm form, StaffIdentity me) {
		require(me, ContentPermissions.EDIT_ANY);
		Checked checked = checkPage(language, form, null);
		Page page = new Page(UUID.randomUUID().toString(), language, checked.slug(), form.title(), checked.body(),
				this.clock.instant());
		page.setSummary(blankToNull(form.summary()));
		page.setOwnerId(me.id());
		Page parent = parent(language, form.parentId(), null);
		page.placeUnder(parent, nextPosition(language, parent));
		page.setInMenu(form.inMenu());
		this.pages.saveAndFlush(page);
		keepRevision(Revision.Kind.PAGE, page, me, Revision.Reason.CREATED);
		changed(ContentChanged.Kind.PAGE, page.getId());
		return page;
	}

	@Transactional
	public Page updatePage(long id, long version, PageForm form, StaffIdentity me) {
		Page page = editablePage(id, me);
		checkVersion(page, version);
		Checked checked = checkPage(page.getLanguage(), form, page);
		page.edit(form.title(), checked.slug(), blankToNull(form.summary()), checked.body(), this.clock.instant());
		Page parent = parent(page.getLanguage(), form.parentId(), page);
		Long currentParent = (page.getParent() != null) ? page.getParent().getId() : null;
		Long wantedParent = (parent != null) ? parent.getId() : null;
		if (!java.util.Objects.equals(currentParent, wantedParent)) {
			page.placeUnder(parent, nextPosition(page.getLanguage(), parent));
		}
		page.setInMenu(form.inMenu());
		this.pages.saveAndFlush(page);
		keepRevision(Revision.Kind.PAGE, page, me, Revision.Reason.SAVED);
		changed(ContentChanged.Kind.PAGE, page.getId());
		return page;
	}

	@Transactional
	public Page translatePage(long sourceId, Language target, StaffIdentity me) {
		require(me, ContentPermissions.EDIT_ANY);
		Page source = this.pages.findById(sourceId).orElseThrow(() -> new NotFound("page " + sourceId));
		Optional<Page> existing = this.pages.findByTranslationKey(source.getTranslationKey())
			.stream()
			.filter((page) -> page.getLanguage() == target)
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		Page page = new Page(source.getTranslationKey(), target, freeSlug(target, source.getSlug(), null, true),
				source.getTitle(), source.getBody(), this.clock.instant());
		page.setSummary(source.getSummary());
		page.setOwnerId(me.id());
		Page parent = null;
		if (source.getParent() != null) {
			parent = this.pages.findByTranslationKey(source.getParent().getTranslationKey())
				.stream()
				.filter((candidate) -> candidate.getLanguage() == target)
				.findFirst()
				.orElse(null);
		}
		page.placeUnder(parent, source.getPosition());
		page.setInMenu(source.isInMenu());
		this.pages.saveAndFlush(page);
		keepRevision(Revision.Kind.PAGE, page, me, Revision.Reason.TRANSLATED);
		changed(ContentChanged.Kind.PAGE, page.getId());
		return page;
	}

	/** Moves a page one place up ({@code -1}) or down ({@code 1}) among its siblings. */
	@Transactional
	public void movePage(long id, int direction, StaffIdentity me) {
		Page page = editablePage(id, me);
		List<Page> siblings = new ArrayList<>(this.pages.findByLanguageInOrder(page.getLanguage())
			.stream()
			.filter((other) -> java.util.Objects.equals(parentId(other), parentId(page)))
			.toList());
		int index = siblings.indexOf(page);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= siblings.size()) {
			return;
		}
		siblings.remove(index);
		siblings.add(target, page);
		for (int position = 0; position < siblings.size(); position++) {
			siblings.get(position).moveTo(position);
		}
		changed(ContentChanged.Kind.PAGE, page.getId());
	}

	// Categories

	/**
	 * Adds a category in a language, under a parent of that language or at the top, and
	 * as the translation of a category of another language if one is given.
	 */
	@Transactional
	public Category createCategory(Language language, String name, String slug, Long parentId, Long translationOf,
			StaffIdentity me) {
		require(me, ContentPermissions.EDIT_ANY);
		String cleanName = (name != null) ? name.strip() : "";
		String typed = (slug != null) ? slug.strip() : "";
		Map<String, String> problems = new LinkedHashMap<>();
		if (cleanName.isEmpty() || cleanName.length() > 200 || cleanName.chars().anyMatch((c) -> c < 0x20)) {
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
		String key = UUID.randomUUID().toString();
		if (translationOf != null) {
			Category source = this.categories.findById(translationOf).orElse(null);
			boolean taken = source != null && this.categories.findByTranslationKey(source.getTranslationKey())
				.stream()
				.anyMatch((other) -> other.getLanguage() == language);
			if (source == null || source.getLanguage() == language || taken) {
				problems.put("translationOf", "edit.error.translationOf");
			}
			else {
				key = source.getTranslationKey();
			}
		}
		if (!problems.isEmpty()) {
			throw new EditProblems(problems);
		}
		Category category = new Category(key, language, wanted, cleanName);
		category.setParent(parent);
		this.categories.save(category);
		changed(ContentChanged.Kind.TAXONOMY, category.getId());
		return category;
	}

	// Publication, for both

	/** Publishes now. */
	@Transactional
	public void publish(Revision.Kind kind, long id, long version, StaffIdentity me) {
		require(me, ContentPermissions.PUBLISH);
		Editable item = editable(kind, id, me);
		checkVersion(item, version);
		Instant now = this.clock.instant();
		item.setPublication(new Publication(ContentStatus.PUBLISHED, now));
		this.audit.record(ContentAudit.PUBLISHED, me.email(), target(kind, item), null);
		changed(event(kind), id);
	}

	/** Publishes at a moment to come; the site shows the item from that moment on. */
	@Transactional
	public void schedule(Revision.Kind kind, long id, long version, Instant at, StaffIdentity me) {
		require(me, ContentPermissions.PUBLISH);
		Editable item = editable(kind, id, me);
		checkVersion(item, version);
		if (!at.isAfter(this.clock.instant())) {
			throw EditProblems.of("publishAt", "edit.error.past");
		}
		item.setPublication(new Publication(ContentStatus.SCHEDULED, at));
		this.audit.record(ContentAudit.PUBLISHED, me.email(), target(kind, item),
				"scheduled for " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(this.zone)));
		changed(event(kind), id);
	}

	/** Takes the item off the public site; it becomes a draft again. */
	@Transactional
	public void unpublish(Revision.Kind kind, long id, long version, StaffIdentity me) {
		require(me, ContentPermissions.PUBLISH);
		Editable item = editable(kind, id, me);
		checkVersion(item, version);
		item.setPublication(Publication.draft());
		this.audit.record(ContentAudit.UNPUBLISHED, me.email(), target(kind, item), null);
		changed(event(kind), id);
	}

	/** Deletes the item and its revisions. A page with sub-pages cannot be deleted. */
	@Transactional
	public void delete(Revision.Kind kind, long id, long version, StaffIdentity me) {
		require(me, ContentPermissions.PUBLISH);
		Editable item = editable(kind, id, me);
		checkVersion(item, version);
		String target = target(kind, item);
		if (item instanceof Page page) {
			boolean hasChildren = this.pages.findByLanguageInOrder(page.getLanguage())
				.stream()
				.anyMatch((other) -> java.util.Objects.equals(parentId(other), page.getId()));
			if (hasChildren) {
				throw EditProblems.of("delete", "edit.error.children");
			}
			this.pages.delete(page);
		}
		else {
			this.posts.delete((Post) item);
		}
		this.revisions.deleteAllOf(kind, id);
		this.audit.record(ContentAudit.DELETED, me.email(), target, null);
		changed(event(kind), id);
	}

	/**
	 * Restores a revision's title, address, summary, body and cover, as a new revision.
	 */
	@Transactional
	public void restore(Revision.Kind kind, long id, int number, long version, StaffIdentity me) {
		Editable item = editable(kind, id, me);
		checkVersion(item, version);
		Revision revision = this.revisions.findByKindAndItemIdAndNumber(kind, id, number)
			.orElseThrow(() -> new NotFound("revision " + number));
		boolean slugTaken = (kind == Revision.Kind.POST)
				? this.posts.findByLanguageAndSlug(item.getLanguage(), revision.getSlug())
					.filter((other) -> !other.getId().equals(id))
					.isPresent()
				: this.pages.findByLanguageAndSlug(item.getLanguage(), revision.getSlug())
					.filter((other) -> !other.getId().equals(id))
					.isPresent();
		String slug = slugTaken ? item.getSlug() : revision.getSlug();
		item.edit(revision.getTitle(), slug, revision.getSummary(), revision.getBody(), this.clock.instant());
		if (item instanceof Post post) {
			post.setCover(revision.getCoverPath(), revision.getCoverAlt(), revision.getCoverSrcset());
		}
		keepRevision(kind, item, me, Revision.Reason.RESTORED);
		this.audit.record(ContentAudit.RESTORED, me.email(), target(kind, item), "revision " + number);
		changed(event(kind), id);
	}

	/**
	 * Publishes every scheduled item whose moment has come. Readers already see them (the
	 * site compares dates); this records the publication and refreshes feeds and search.
	 * @return how many items were published
	 */
	@Transactional
	public int publishDue() {
		Instant now = this.clock.instant();
		int count = 0;
		for (Post post : this.posts
			.findByPublicationStatusAndPublicationPublishedAtLessThanEqual(ContentStatus.SCHEDULED, now)) {
			post.setPublication(new Publication(ContentStatus.PUBLISHED, post.getPublication().getPublishedAt()));
			this.audit.record(ContentAudit.PUBLISHED, "system", target(Revision.Kind.POST, post), "as scheduled");
			changed(ContentChanged.Kind.POST, post.getId());
			count++;
		}
		for (Page page : this.pages
			.findByPublicationStatusAndPublicationPublishedAtLessThanEqual(ContentStatus.SCHEDULED, now)) {
			page.setPublication(new Publication(ContentStatus.PUBLISHED, page.getPublication().getPublishedAt()));
			this.audit.record(ContentAudit.PUBLISHED, "system", target(Revision.Kind.PAGE, page), "as scheduled");
			changed(ContentChanged.Kind.PAGE, page.getId());
			count++;
		}
		return count;
	}

	// Reading for the editor

	/** Whether this person may change the item at all. */
	public boolean mayEdit(Editable item, StaffIdentity me) {
		if (me.can(ContentPermissions.EDIT_ANY)) {
			return true;
		}
		return item instanceof Post && me.can(ContentPermissions.WRITE_OWN) && ownedBy(item, me)
				&& item.getPublication().getStatus() == ContentStatus.DRAFT;
	}

	@Transactional(readOnly = true)
	public List<Revision> revisions(Revision.Kind kind, long id) {
		return this.revisions.findByKindAndItemIdOrderByNumberDesc(kind, id);
	}

	// Helpers

	private Post editablePost(long id, StaffIdentity me) {
		Post post = this.posts.findById(id).orElseThrow(() -> new NotFound("post " + id));
		if (!mayEdit(post, me)) {
			throw new NotAllowed("edit post " + id);
		}
		return post;
	}

	private Page editablePage(long id, StaffIdentity me) {
		Page page = this.pages.findById(id).orElseThrow(() -> new NotFound("page " + id));
		if (!mayEdit(page, me)) {
			throw new NotAllowed("edit page " + id);
		}
		return page;
	}

	private Editable editable(Revision.Kind kind, long id, StaffIdentity me) {
		return (kind == Revision.Kind.POST) ? editablePost(id, me) : editablePage(id, me);
	}

	private static void require(StaffIdentity me, Permission permission) {
		if (!me.can(permission)) {
			throw new NotAllowed(permission.name());
		}
	}

	private static boolean ownedBy(Editable item, StaffIdentity me) {
		return item.getOwnerId() != null && item.getOwnerId() == me.id();
	}

	private static void checkVersion(Editable item, long version) {
		if (item.getVersion() != version) {
			throw new EditConflict(item.getVersion());
		}
	}

	/** The body and slug once checked. */
	private record Checked(String slug, String body, Media cover) {
	}

	private Checked checkPost(Language language, PostForm form, Post existing, StaffIdentity me) {
		Long id = (existing != null) ? existing.getId() : null;
		Map<String, String> problems = new LinkedHashMap<>();
		checkText(form.title(), form.summary(), problems);
		String body = checkBody(form.body(), problems);
		String slug = checkSlug(language, form.slug(), form.title(), id, false, problems);
		Media cover = null;
		// A cover from before the media library (imported or demo content) may stay as it
		// is.
		boolean kept = existing != null && form.cover().equals(existing.getCoverPath());
		if (!form.cover().isEmpty()) {
			cover = kept ? null : this.media.imageAt(form.cover()).orElse(null);
			if (cover == null && !kept) {
				problems.put("cover", "edit.error.cover");
			}
			else if (form.coverAlt().isEmpty()) {
				problems.put("coverAlt", "edit.error.coverAlt");
			}
			else if (form.coverAlt().length() > 500) {
				problems.put("coverAlt", "edit.error.coverAltLength");
			}
		}
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
		if (!problems.isEmpty()) {
			throw new EditProblems(problems);
		}
		return new Checked(slug, body, cover);
	}

	private void applyPost(Post post, PostForm form, Checked checked, StaffIdentity me) {
		post.setExcerpt(blankToNull(form.summary()));
		if (checked.cover() != null) {
			post.setCover(checked.cover().path(), form.coverAlt(), checked.cover().srcset());
			if (checked.cover().alt(post.getLanguage()) == null) {
				checked.cover().setAlt(post.getLanguage(), form.coverAlt());
			}
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
		tagNames(form.tags()).forEach((name) -> post.getTags().add(tag(post.getLanguage(), name)));
		if (me.can(ContentPermissions.PUBLISH)) {
			post.setFeatured(form.featured());
		}
	}

	private Checked checkPage(Language language, PageForm form, Page page) {
		Map<String, String> problems = new LinkedHashMap<>();
		checkText(form.title(), form.summary(), problems);
		String body = checkBody(form.body(), problems);
		boolean topLevel = form.parentId() == null;
		String slug = checkSlug(language, form.slug(), form.title(), (page != null) ? page.getId() : null, true,
				problems);
		if (topLevel && RESERVED.contains(slug)) {
			problems.put("slug", "edit.error.slugReserved");
		}
		if (form.parentId() != null) {
			try {
				parent(language, form.parentId(), page);
			}
			catch (EditProblems ex) {
				problems.putAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new EditProblems(problems);
		}
		return new Checked(slug, body, null);
	}

	private static void checkText(String title, String summary, Map<String, String> problems) {
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

	private static String checkBody(String raw, Map<String, String> problems) {
		if (raw.length() > MAX_BODY) {
			problems.put("body", "edit.error.bodyLength");
			return "";
		}
		BodyPolicy.Cleaned cleaned = BodyPolicy.clean(raw);
		if (cleaned.imagesWithoutAlt()) {
			problems.put("body", "edit.error.imageAlt");
		}
		return cleaned.html();
	}

	private String checkSlug(Language language, String typed, String title, Long id, boolean page,
			Map<String, String> problems) {
		if (!typed.isEmpty()) {
			if (!Slugs.isValid(typed)) {
				problems.put("slug", "edit.error.slug");
				return typed;
			}
			if (slugTaken(language, typed, id, page)) {
				problems.put("slug", "edit.error.slugTaken");
			}
			return typed;
		}
		return freeSlug(language, Slugs.of(title), id, page);
	}

	/** The slug, or the slug with the first free number after it. */
	private String freeSlug(Language language, String wanted, Long id, boolean page) {
		String base = wanted.isEmpty() ? (page ? "page" : "post") : wanted;
		if (page && RESERVED.contains(base)) {
			base = base + "-1";
		}
		String slug = base;
		for (int n = 2; slugTaken(language, slug, id, page); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean slugTaken(Language language, String slug, Long id, boolean page) {
		Predicate<Editable> other = (item) -> !item.getId().equals(id);
		return page ? this.pages.findByLanguageAndSlug(language, slug).filter(other).isPresent()
				: this.posts.findByLanguageAndSlug(language, slug).filter(other).isPresent();
	}

	private Page parent(Language language, Long parentId, Page page) {
		if (parentId == null) {
			return null;
		}
		Page parent = this.pages.findById(parentId).orElseThrow(() -> EditProblems.of("parent", "edit.error.parent"));
		if (parent.getLanguage() != language) {
			throw EditProblems.of("parent", "edit.error.parent");
		}
		for (Page ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
			if (page != null && ancestor.getId().equals(page.getId())) {
				throw EditProblems.of("parent", "edit.error.parentLoop");
			}
		}
		return parent;
	}

	private int nextPosition(Language language, Page parent) {
		Long parentId = (parent != null) ? parent.getId() : null;
		return (int) this.pages.findByLanguageInOrder(language)
			.stream()
			.filter((other) -> java.util.Objects.equals(parentId(other), parentId))
			.mapToInt(Page::getPosition)
			.map((position) -> position + 1)
			.max()
			.orElse(0);
	}

	private static Long parentId(Page page) {
		return (page.getParent() != null) ? page.getParent().getId() : null;
	}

	private static List<String> tagNames(String tags) {
		Set<String> names = new LinkedHashSet<>();
		Arrays.stream(tags.split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.filter((name) -> name.chars().noneMatch((c) -> c < 0x20))
			.forEach(names::add);
		return List.copyOf(names);
	}

	private Tag tag(Language language, String name) {
		String slug = Slugs.of(name);
		String usable = slug.isEmpty() ? "tag-" + UUID.randomUUID().toString().substring(0, 8) : slug;
		return this.tags.findByLanguageAndSlug(language, usable)
			.orElseGet(() -> this.tags.save(new Tag(UUID.randomUUID().toString(), language, usable, name)));
	}

	private Author authorFor(StaffIdentity me) {
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

	private void keepRevision(Revision.Kind kind, Editable item, StaffIdentity me, Revision.Reason reason) {
		int number = this.revisions.lastNumber(kind, item.getId()) + 1;
		this.revisions.save(new Revision(kind, item, number, me.email(), this.clock.instant(), reason));
	}

	private void changed(ContentChanged.Kind kind, long id) {
		this.events.publishEvent(new ContentChanged(kind, id));
	}

	private static ContentChanged.Kind event(Revision.Kind kind) {
		return (kind == Revision.Kind.POST) ? ContentChanged.Kind.POST : ContentChanged.Kind.PAGE;
	}

	private static String target(Revision.Kind kind, Editable item) {
		return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + item.getId() + " (" + item.getLanguage().code()
				+ ") " + item.getTitle();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** The item does not exist (any more). */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class NotFound extends RuntimeException {

		public NotFound(String what) {
			super("Not found: " + what);
		}

	}

}
