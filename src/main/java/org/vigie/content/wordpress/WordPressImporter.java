package org.vigie.content.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vigie.content.ContentChanged;
import org.vigie.content.editing.BodyPolicy;
import org.vigie.content.editing.Slugs;
import org.vigie.content.search.SearchIndexer;
import org.vigie.content.store.Author;
import org.vigie.content.store.AuthorRepository;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Publication;
import org.vigie.content.store.Tag;
import org.vigie.content.store.TagRepository;
import org.vigie.site.Language;
import org.vigie.site.SitePaths;
import org.vigie.site.SiteProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export: categories (with parents), tags, authors, posts and pages
 * (with parents and order), in their languages and linked to their translations as
 * Polylang grouped them, with their statuses, GMT dates, excerpts and sticky flags.
 * <p>
 * The file is read twice as a stream: once to plan (languages, translation groups,
 * addresses), once to import bodies, so memory holds the plan, never the content. The
 * import runs in one transaction: a failure, or a dry run, leaves the database as it was.
 * Every item is remembered by its WordPress id with a checksum, so importing the same
 * export again changes nothing and a newer export updates what changed.
 */
@Service
public class WordPressImporter {

	private final PostRepository posts;

	private final PageRepository pages;

	private final CategoryRepository categories;

	private final TagRepository tags;

	private final AuthorRepository authors;

	private final ImportLinkRepository links;

	private final RedirectRepository redirects;

	private final org.vigie.content.media.MediaLibrary media;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entities;

	/**
	 * Items written between two flushes of the persistence context, so memory stays
	 * bounded.
	 */
	private static final int BATCH = 100;

	private final TransactionTemplate transactions;

	private final SearchIndexer indexer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Language defaultLanguage;

	WordPressImporter(PostRepository posts, PageRepository pages, CategoryRepository categories, TagRepository tags,
			AuthorRepository authors, ImportLinkRepository links, RedirectRepository redirects,
			org.vigie.content.media.MediaLibrary media, PlatformTransactionManager transactions, SearchIndexer indexer,
			ApplicationEventPublisher events, Clock clock, SiteProperties site) {
		this.posts = posts;
		this.pages = pages;
		this.categories = categories;
		this.tags = tags;
		this.authors = authors;
		this.links = links;
		this.redirects = redirects;
		this.media = media;
		this.transactions = new TransactionTemplate(transactions);
		this.indexer = indexer;
		this.events = events;
		this.clock = clock;
		this.defaultLanguage = site.defaultLanguage();
	}

	/**
	 * Imports an export file.
	 * @param file the WXR file
	 * @param dryRun whether to report only, writing nothing
	 * @return what was imported and what was skipped
	 * @throws WxrException when the file cannot be read; nothing was written
	 */
	public ImportReport run(Path file, boolean dryRun) {
		return run(file, null, dryRun, (done, total) -> {
		});
	}

	/**
	 * Imports an export file, with the files of {@code wp-content/uploads} when a local
	 * copy is given.
	 * @param file the WXR file
	 * @param uploads the local copy of {@code wp-content/uploads}, or {@code null}
	 * @param dryRun whether to report only, writing nothing
	 * @param progress told how many items are done out of how many
	 * @return what was imported and what was skipped
	 * @throws WxrException when the file cannot be read; nothing was written
	 */
	public ImportReport run(Path file, Path uploads, boolean dryRun, Progress progress) {
		Plan plan = new Plan(this.defaultLanguage);
		read(file, plan);
		ImportReport report = this.transactions.execute((status) -> {
			ImportReport result = new Run(plan, uploads, dryRun, progress).apply(file);
			if (dryRun) {
				result.dryRun();
				status.setRollbackOnly();
			}
			else {
				this.events.publishEvent(new ContentChanged(ContentChanged.Kind.TAXONOMY, 0));
			}
			return result;
		});
		if (!dryRun) {
			this.indexer.rebuild();
		}
		return report;
	}

	/** Told how far an import is. */
	@FunctionalInterface
	public interface Progress {

		void done(int items, int total);

	}

	private static void read(Path file, Wxr.Handler handler) {
		try (InputStream input = Files.newInputStream(file)) {
			new WxrReader().read(new java.io.BufferedInputStream(input, 1 << 16), handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the first reading learns: everything but the bodies. */
	static final class Plan implements Wxr.Handler {

		final Language defaultLanguage;

		String site = "";

		final Map<String, String> authorNames = new HashMap<>();

		final List<Wxr.Term> terms = new ArrayList<>();

		final Map<Long, Language> termLanguages = new HashMap<>();

		final Map<Long, String> termGroups = new HashMap<>();

		final Map<Long, ItemPlan> items = new LinkedHashMap<>();

		/** Pages in the site's menus, with their order there; other menu entries. */
		final Map<Long, Integer> menuPages = new HashMap<>();

		final List<String> otherMenuEntries = new ArrayList<>();

		Plan(Language defaultLanguage) {
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
				String object = item.meta().getOrDefault("_menu_item_object", "");
				String id = item.meta().getOrDefault("_menu_item_object_id", "").strip();
				if ("page".equals(object) && id.matches("[0-9]{1,12}")) {
					this.menuPages.merge(Long.parseLong(id), item.menuOrder(), Math::min);
				}
				else {
					this.otherMenuEntries.add("menu entry " + item.id() + " “" + item.title() + "” ("
							+ item.meta().getOrDefault("_menu_item_type", "?") + " " + object + ")");
				}
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
					new ItemPlan(item.id(), item.type(), item.status(), item.slug(), item.title(), item.link(),
							language, group, item.parentId(), item.menuOrder(), item.attachmentUrl(),
							item.meta().get("_wp_attachment_image_alt")));
		}

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

	}

	/** An item as planned from the first reading. */
	record ItemPlan(long id, String type, String status, String slug, String title, String link, Language language,
			String group, long parentId, int menuOrder, String attachmentUrl, String alt) {

		boolean imported() {
			return ("post".equals(this.type) || "page".equals(this.type)) && !"trash".equals(this.status)
					&& !"auto-draft".equals(this.status) && !"inherit".equals(this.status);
		}

	}

	/** One import, inside its transaction. */
	private final class Run implements Wxr.Handler {

		private final Plan plan;

		private final String site;

		private final ImportReport report = new ImportReport();

		private final Map<Long, Long> categoryIds = new HashMap<>();

		private final Map<Long, Long> tagIds = new HashMap<>();

		private final Map<String, Long> termIdsBySlug = new HashMap<>();

		private final Map<Long, String> slugs = new HashMap<>();

		private final Map<String, String> newAddresses = new HashMap<>();

		private final Map<Language, Set<String>> usedPostSlugs = new EnumMap<>(Language.class);

		private final Map<Language, Set<String>> usedPageSlugs = new EnumMap<>(Language.class);

		private final Map<Long, Long> pageIds = new HashMap<>();

		/** The export's categories and tags by {@code taxonomy:slug}. */
		private final Map<String, Wxr.Term> termsBySlug = new HashMap<>();

		/** Old archive paths of categories and tags, and their new addresses. */
		private final Map<String, String> termAddresses = new LinkedHashMap<>();

		private final String keyPrefix;

		private final Path uploads;

		private final boolean dryRun;

		private final Progress progress;

		private final Map<Long, org.vigie.content.media.Media> attachments = new HashMap<>();

		private int done;

		private final int total;

		Run(Plan plan, Path uploads, boolean dryRun, Progress progress) {
			this.plan = plan;
			this.uploads = uploads;
			this.dryRun = dryRun;
			this.progress = progress;
			this.total = (int) plan.items.values().stream().filter(ItemPlan::imported).count();
			this.site = plan.site.isEmpty() ? "unknown" : plan.site;
			this.keyPrefix = "wp-" + sha256(this.site).substring(0, 10) + "-";
		}

		ImportReport apply(Path file) {
			importTerms();
			importAttachments();
			planAddresses();
			read(file, this);
			placePages();
			writeRedirects();
			this.plan.items.values()
				.stream()
				.filter((item) -> !item.imported() && !"attachment".equals(item.type()))
				.forEach((item) -> this.report.skipped(item.type() + " " + item.id() + " “" + item.title() + "”",
						("post".equals(item.type()) || "page".equals(item.type())) ? "status " + item.status()
								: "type " + item.type() + " is not imported"));
			this.plan.otherMenuEntries.forEach((entry) -> this.report.skipped(entry,
					"Vigie's menus hold the page tree and the news; links to other addresses are not kept"));
			return this.report;
		}

		// Terms

		private void importTerms() {
			List<Wxr.Term> ordered = new ArrayList<>(this.plan.terms);
			ordered.forEach((term) -> this.termsBySlug.put(term.taxonomy() + ":" + term.slug(), term));
			ordered.sort(Comparator.comparingInt((Wxr.Term term) -> depth(term, 0)));
			for (Wxr.Term term : ordered) {
				this.termIdsBySlug.put(term.taxonomy() + ":" + term.slug(), term.id());
				if ("category".equals(term.taxonomy())) {
					importCategory(term);
				}
				else {
					importTag(term);
				}
			}
		}

		private int depth(Wxr.Term term, int depth) {
			Wxr.Term parent = (term.parentSlug() != null)
					? this.termsBySlug.get(term.taxonomy() + ":" + term.parentSlug()) : null;
			return (parent == null || depth > 20) ? depth : depth(parent, depth + 1);
		}

		private void importCategory(Wxr.Term term) {
			Language language = this.plan.termLanguage(term);
			Long parentId = (term.parentSlug() != null)
					? this.categoryIds.get(this.termIdsBySlug.get("category:" + term.parentSlug())) : null;
			String checksum = sha256(term.slug() + "|" + term.name() + "|" + term.parentSlug() + "|"
					+ term.description() + "|" + language + "|" + this.plan.termGroups.get(term.id()));
			Optional<ImportLink> link = links.findById(new ImportLink.Key(this.site, "CATEGORY", term.id()));
			Optional<Category> existing = link.flatMap((found) -> categories.findById(found.vigieId()));
			if (existing.isPresent() && link.get().checksum().equals(checksum)) {
				this.categoryIds.put(term.id(), existing.get().getId());
				archive("category", term, language, existing.get().getSlug());
				this.report.unchanged("category");
				return;
			}
			String slug = freeSlug(Polylang.withoutSuffix(term.slug(), language), term.slug(),
					(candidate) -> categories.findByLanguageAndSlug(language, candidate)
						.filter((other) -> existing.map((own) -> !own.getId().equals(other.getId())).orElse(true))
						.isPresent());
			Category category = existing.orElseGet(() -> new Category(termKey(term), language, slug, term.name()));
			category.rename(term.name(), slug);
			category.setDescription(term.description());
			category.setParent((parentId != null) ? categories.findById(parentId).orElse(null) : null);
			category = categories.save(category);
			this.categoryIds.put(term.id(), category.getId());
			remember("CATEGORY", term.id(), category.getId(), checksum, link);
			archive("category", term, language, slug);
			if (existing.isPresent()) {
				this.report.updated("category");
			}
			else {
				this.report.created("category");
			}
		}

		private void importTag(Wxr.Term term) {
			Language language = this.plan.termLanguage(term);
			String checksum = sha256(
					term.slug() + "|" + term.name() + "|" + language + "|" + this.plan.termGroups.get(term.id()));
			Optional<ImportLink> link = links.findById(new ImportLink.Key(this.site, "TAG", term.id()));
			Optional<Tag> existing = link.flatMap((found) -> tags.findById(found.vigieId()));
			if (existing.isPresent() && link.get().checksum().equals(checksum)) {
				this.tagIds.put(term.id(), existing.get().getId());
				archive("tag", term, language, existing.get().getSlug());
				this.report.unchanged("tag");
				return;
			}
			String slug = freeSlug(Polylang.withoutSuffix(term.slug(), language), term.slug(),
					(candidate) -> tags.findByLanguageAndSlug(language, candidate)
						.filter((other) -> existing.map((own) -> !own.getId().equals(other.getId())).orElse(true))
						.isPresent());
			Tag tag = existing.orElseGet(() -> new Tag(termKey(term), language, slug, term.name()));
			tag.rename(term.name(), slug);
			tag = tags.save(tag);
			this.tagIds.put(term.id(), tag.getId());
			remember("TAG", term.id(), tag.getId(), checksum, link);
			archive("tag", term, language, slug);
			if (existing.isPresent()) {
				this.report.updated("tag");
			}
			else {
				this.report.created("tag");
			}
		}

		/**
		 * Remembers where a category or tag archive was ({@code /category/parent/child},
		 * with the language prefix Polylang adds outside the default language) and where
		 * it is now.
		 */
		private void archive(String base, Wxr.Term term, Language language, String newSlug) {
			String target = "category".equals(base) ? SitePaths.category(language, newSlug)
					: SitePaths.tag(language, newSlug);
			List<String> chain = new ArrayList<>(List.of(term.slug()));
			Wxr.Term current = term;
			for (int depth = 0; depth < 20 && current.parentSlug() != null; depth++) {
				current = this.termsBySlug.get(term.taxonomy() + ":" + current.parentSlug());
				if (current == null) {
					break;
				}
				chain.add(0, current.slug());
			}
			List<String> paths = new ArrayList<>(List.of("/" + base + "/" + term.slug()));
			if (chain.size() > 1) {
				paths.add("/" + base + "/" + String.join("/", chain));
			}
			for (String path : paths) {
				this.termAddresses.put(path, target);
				if (language != this.plan.defaultLanguage) {
					this.termAddresses.put("/" + language.code() + path, target);
				}
			}
		}

		/** The old addresses of everything imported, kept for permanent redirects. */
		private void writeRedirects() {
			Map<String, String> moved = new LinkedHashMap<>(this.termAddresses);
			for (ItemPlan item : this.plan.items.values()) {
				if (!item.imported()) {
					continue;
				}
				newAddress(item).ifPresent((address) -> {
					String old = oldPath(item.link());
					if (!old.isEmpty()) {
						moved.put(old, address);
					}
					moved.put("/?p=" + item.id(), address);
					if ("page".equals(item.type())) {
						moved.put("/?page_id=" + item.id(), address);
					}
				});
			}
			this.attachments.forEach((id, file) -> {
				ItemPlan item = this.plan.items.get(id);
				moved.put(oldPath(item.attachmentUrl()), file.path());
				moved.put("/?attachment_id=" + id, file.path());
			});
			moved.forEach((old, address) -> {
				if (!old.equals(address) && old.length() <= 1000 && address.length() <= 1000) {
					redirects.save(new Redirect(old, address));
				}
			});
		}

		private String termKey(Wxr.Term term) {
			String group = this.plan.termGroups.get(term.id());
			return this.keyPrefix + ((group != null) ? group : "t" + term.id());
		}

		// Attachments

		/**
		 * Takes each attachment's file from the local copy of {@code wp-content/uploads}
		 * and adds it to the media library (re-encoded like any upload). Without the
		 * copy, or without the file, the attachment is reported as missing.
		 */
		private void importAttachments() {
			for (ItemPlan item : this.plan.items.values()) {
				if (!"attachment".equals(item.type()) || item.attachmentUrl() == null) {
					continue;
				}
				String what = "attachment " + item.id() + " (" + item.attachmentUrl() + ")";
				Optional<Path> file = uploadedFile(item.attachmentUrl());
				if (file.isEmpty()) {
					this.report.skipped(what, (this.uploads == null) ? "no copy of wp-content/uploads was given"
							: "file missing from the uploads folder");
					continue;
				}
				if (this.dryRun) {
					// Nothing is written: a file imported before stands for itself,
					// others would be new.
					Optional<org.vigie.content.media.Media> known = links
						.findById(new ImportLink.Key(this.site, "MEDIA", item.id()))
						.flatMap((link) -> media.find(link.vigieId()));
					known.ifPresent((found) -> this.attachments.put(item.id(), found));
					if (known.isPresent()) {
						this.report.unchanged("media");
					}
					else {
						this.report.created("media");
					}
					continue;
				}
				try {
					byte[] bytes = Files.readAllBytes(file.get());
					Optional<ImportLink> link = links.findById(new ImportLink.Key(this.site, "MEDIA", item.id()));
					String checksum = sha256(
							HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "|"
									+ item.alt());
					org.vigie.content.media.Media stored = media.upload(file.get().getFileName().toString(), bytes,
							"wordpress import");
					if (item.alt() != null && !item.alt().isBlank() && stored.isImage()) {
						media.describe(stored.getId(), Map.of(item.language(), item.alt().strip()));
					}
					this.attachments.put(item.id(), stored);
					if (link.isPresent() && link.get().checksum().equals(checksum)) {
						this.report.unchanged("media");
					}
					else {
						remember("MEDIA", item.id(), stored.getId(), checksum, link);
						if (link.isPresent()) {
							this.report.updated("media");
						}
						else {
							this.report.created("media");
						}
					}
				}
				catch (org.vigie.content.media.UploadRefused ex) {
					this.report.skipped(what, "refused: " + ex.messageKey());
				}
				catch (IOException | NoSuchAlgorithmException ex) {
					this.report.skipped(what, "unreadable: " + ex.getMessage());
				}
			}
		}

		/** The local file of an uploaded URL, never outside the uploads folder. */
		private Optional<Path> uploadedFile(String url) {
			int at = url.indexOf("/wp-content/uploads/");
			if (this.uploads == null || at < 0) {
				return Optional.empty();
			}
			String relative = decode(url.substring(at + "/wp-content/uploads/".length()).replaceAll("[?#].*", ""));
			Path root = this.uploads.toAbsolutePath().normalize();
			Path file = root.resolve(relative).normalize();
			return (file.startsWith(root) && Files.isRegularFile(file)) ? Optional.of(file) : Optional.empty();
		}

		// Addresses

		/**
		 * Decides every item's slug, then its new address, before any body is written.
		 */
		private void planAddresses() {
			for (ItemPlan item : this.plan.items.values()) {
				if (!item.imported()) {
					continue;
				}
				boolean page = "page".equals(item.type());
				Optional<Long> own = links.findById(new ImportLink.Key(this.site, page ? "PAGE" : "POST", item.id()))
					.map(ImportLink::vigieId);
				Set<String> used = (page ? this.usedPageSlugs : this.usedPostSlugs).computeIfAbsent(item.language(),
						(language) -> new HashSet<>());
				String raw = decode(item.slug());
				String wanted = Slugs.of(raw.isBlank() ? item.title() : raw);
				if (wanted.isEmpty()) {
					wanted = (page ? "page-" : "post-") + item.id();
				}
				String base = wanted;
				String slug = freeSlug(Polylang.withoutSuffix(base, item.language()), base,
						(candidate) -> used.contains(candidate) || taken(page, item.language(), candidate, own));
				used.add(slug);
				this.slugs.put(item.id(), slug);
				if (this.slugs.size() % BATCH == 0) {
					entities.flush();
					entities.clear();
				}
			}
			for (ItemPlan item : this.plan.items.values()) {
				if (item.imported()) {
					newAddress(item).ifPresent((address) -> this.newAddresses.put(oldPath(item.link()), address));
				}
				org.vigie.content.media.Media file = this.attachments.get(item.id());
				if (file != null) {
					this.newAddresses.put(oldPath(item.attachmentUrl()), file.path());
				}
			}
		}

		private boolean taken(boolean page, Language language, String slug, Optional<Long> own) {
			Optional<Long> holder = page ? pages.findByLanguageAndSlug(language, slug).map(Page::getId)
					: posts.findByLanguageAndSlug(language, slug).map(Post::getId);
			return holder.isPresent() && !holder.equals(own);
		}

		private Optional<String> newAddress(ItemPlan item) {
			if ("post".equals(item.type())) {
				return Optional.of(SitePaths.post(item.language(), this.slugs.get(item.id())));
			}
			List<String> path = new ArrayList<>();
			ItemPlan current = item;
			for (int depth = 0; current != null && depth < 20; depth++) {
				String slug = this.slugs.get(current.id());
				if (slug == null) {
					return Optional.empty();
				}
				path.add(0, slug);
				current = (current.parentId() != 0) ? this.plan.items.get(current.parentId()) : null;
			}
			return Optional.of(SitePaths.page(item.language(), path));
		}

		private String oldPath(String url) {
			if (url == null || url.isBlank()) {
				return "";
			}
			try {
				URI uri = URI.create(url.strip());
				String path = ImportedAddresses.key((uri.getRawPath() != null) ? uri.getRawPath() : "/");
				String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
				return ("/".equals(path) && query.isEmpty()) ? "" : path + query;
			}
			catch (IllegalArgumentException ex) {
				return url.strip();
			}
		}

		private Optional<String> resolve(String url) {
			if (url == null) {
				return Optional.empty();
			}
			String trimmed = url.strip();
			boolean local = trimmed.startsWith("/") && !trimmed.startsWith("//");
			if (!local && !trimmed.startsWith(this.plan.site)) {
				return Optional.empty();
			}
			String key = oldPath(local ? this.plan.site + trimmed : trimmed);
			String fragment = trimmed.contains("#") ? trimmed.substring(trimmed.indexOf('#')) : "";
			String bare = key.replaceAll("#.*", "");
			String found = this.newAddresses.get(bare);
			if (found == null) {
				// WordPress's resized copies (photo-300x200.jpg) lead to the image
				// itself.
				found = this.newAddresses.get(bare.replaceFirst("-[0-9]{1,5}x[0-9]{1,5}(\\.[A-Za-z0-9]{2,5})$", "$1"));
			}
			return Optional.ofNullable(found).map((path) -> path + fragment);
		}

		// Items

		@Override
		public void item(Wxr.Item item) {
			ItemPlan planned = this.plan.items.get(item.id());
			if (planned == null || !planned.imported()) {
				return;
			}
			WordPressHtml.Converted converted = WordPressHtml.convert(item.content(), new WordPressHtml.Links(
					this::resolve,
					(id) -> Optional.ofNullable(this.attachments.get(id)).map(org.vigie.content.media.Media::path)));
			converted.unknown()
				.forEach(
						(code) -> this.report.skipped(item.type() + " " + item.id(), "shortcode " + code + " removed"));
			String body = BodyPolicy.clean(converted.html()).html();
			if (body.length() > 1_000_000) {
				this.report.skipped(item.type() + " " + item.id() + " “" + item.title() + "”", "body too long");
				return;
			}
			String excerpt = org.jsoup.Jsoup.parse(item.excerpt()).text();
			Publication publication = publication(item);
			String key = this.keyPrefix + ((planned.group() != null) ? planned.group() : "p" + item.id());
			String checksum = sha256(String.join("|", item.title(), this.slugs.get(item.id()), item.status(),
					String.valueOf(item.dateGmt()), body, excerpt, item.terms().toString(),
					String.valueOf(item.parentId()), String.valueOf(item.menuOrder()), String.valueOf(item.sticky()),
					planned.language().code(), key, item.creator()));
			if ("post".equals(item.type())) {
				importPost(item, planned, body, excerpt, publication, key, checksum);
			}
			else {
				importPage(item, planned, body, excerpt, publication, key, checksum);
			}
			this.done++;
			if (this.done % BATCH == 0) {
				// Writes what is pending and forgets it: the import holds the plan, not
				// the content.
				entities.flush();
				entities.clear();
			}
			this.progress.done(this.done, this.total);
		}

		private void importPost(Wxr.Item item, ItemPlan planned, String body, String excerpt, Publication publication,
				String key, String checksum) {
			Optional<ImportLink> link = links.findById(new ImportLink.Key(this.site, "POST", item.id()));
			Optional<Post> existing = link.flatMap((found) -> posts.findById(found.vigieId()));
			if (existing.isPresent() && link.get().checksum().equals(checksum)) {
				this.report.unchanged("post");
				return;
			}
			String translationKey = usableKey(key, planned.language(), existing.map(Post::getTranslationKey),
					(candidate) -> posts.findByTranslationKey(candidate));
			Instant now = clock.instant();
			Post post = existing.orElseGet(() -> new Post(translationKey, planned.language(), this.slugs.get(item.id()),
					item.title(), body, now));
			post.edit(titleOf(item), this.slugs.get(item.id()), excerpt.isBlank() ? null : excerpt, body, now);
			post.setPublication(publication);
			post.setFeatured(item.sticky());
			cover(post, item);
			post.setAuthor(author(item.creator()));
			post.getCategories().clear();
			post.getTags().clear();
			for (Wxr.ItemTerm term : item.terms()) {
				Long termId = this.termIdsBySlug.get(term.taxonomy() + ":" + term.slug());
				if ("category".equals(term.taxonomy()) && termId != null && this.categoryIds.containsKey(termId)) {
					categories.findById(this.categoryIds.get(termId)).ifPresent(post.getCategories()::add);
				}
				else if ("post_tag".equals(term.taxonomy()) && termId != null && this.tagIds.containsKey(termId)) {
					tags.findById(this.tagIds.get(termId)).ifPresent(post.getTags()::add);
				}
			}
			post = posts.save(post);
			remember("POST", item.id(), post.getId(), checksum, link);
			if (existing.isPresent()) {
				this.report.updated("post");
			}
			else {
				this.report.created("post");
			}
		}

		private void importPage(Wxr.Item item, ItemPlan planned, String body, String excerpt, Publication publication,
				String key, String checksum) {
			Optional<ImportLink> link = links.findById(new ImportLink.Key(this.site, "PAGE", item.id()));
			Optional<Page> existing = link.flatMap((found) -> pages.findById(found.vigieId()));
			if (existing.isPresent() && link.get().checksum().equals(checksum)) {
				this.pageIds.put(item.id(), existing.get().getId());
				this.report.unchanged("page");
				return;
			}
			String translationKey = usableKey(key, planned.language(), existing.map(Page::getTranslationKey),
					(candidate) -> pages.findByTranslationKey(candidate));
			Instant now = clock.instant();
			Page page = existing.orElseGet(() -> new Page(translationKey, planned.language(), this.slugs.get(item.id()),
					item.title(), body, now));
			page.edit(titleOf(item), this.slugs.get(item.id()), excerpt.isBlank() ? null : excerpt, body, now);
			page.setPublication(publication);
			page = pages.save(page);
			this.pageIds.put(item.id(), page.getId());
			remember("PAGE", item.id(), page.getId(), checksum, link);
			if (existing.isPresent()) {
				this.report.updated("page");
			}
			else {
				this.report.created("page");
			}
		}

		/**
		 * The featured image as the cover, when it was imported and has an alternative.
		 */
		private void cover(Post post, Wxr.Item item) {
			String thumbnail = item.meta().get("_thumbnail_id");
			org.vigie.content.media.Media image = (thumbnail != null && thumbnail.strip().matches("[0-9]{1,12}"))
					? this.attachments.get(Long.parseLong(thumbnail.strip())) : null;
			if (image == null || !image.isImage()) {
				post.setCover(null, null, null);
				return;
			}
			String alt = image.alt(post.getLanguage());
			if (alt == null) {
				alt = image.getAlts().values().stream().findFirst().orElse(null);
			}
			if (alt == null) {
				this.report.skipped("post " + item.id() + " cover", "the image has no text alternative");
				post.setCover(null, null, null);
				return;
			}
			post.setCover(image.path(), alt, image.srcset());
		}

		/** Parents and order of pages, once every page exists. */
		private void placePages() {
			for (ItemPlan item : this.plan.items.values()) {
				Long id = this.pageIds.get(item.id());
				if (id == null) {
					continue;
				}
				Page page = pages.findById(id).orElseThrow();
				Long parentId = (item.parentId() != 0) ? this.pageIds.get(item.parentId()) : null;
				Page parent = (parentId != null) ? pages.findById(parentId).orElse(null) : null;
				if (parent != null && parent.getLanguage() != page.getLanguage()) {
					parent = null;
				}
				if (this.plan.menuPages.isEmpty()) {
					page.placeUnder(parent, item.menuOrder());
				}
				else {
					// The site's menus say which pages the menu shows, and in which
					// order.
					Integer order = this.plan.menuPages.get(item.id());
					page.placeUnder(parent, (order != null) ? order : item.menuOrder());
					page.setInMenu(order != null);
				}
			}
		}

		private <T> String usableKey(String wanted, Language language, Optional<String> current,
				java.util.function.Function<String, List<T>> family) {
			if (current.isPresent() && current.get().equals(wanted)) {
				return wanted;
			}
			boolean clash = family.apply(wanted).stream().anyMatch((other) -> languageOf(other) == language);
			return clash ? current.orElse(wanted + "-" + language.code()) : wanted;
		}

		private Language languageOf(Object item) {
			return (item instanceof Post post) ? post.getLanguage() : ((Page) item).getLanguage();
		}

		private Publication publication(Wxr.Item item) {
			Instant now = clock.instant();
			return switch (item.status()) {
				case "publish", "future" -> (item.dateGmt() != null) ? Publication.publishedAt(item.dateGmt(), now)
						: new Publication(ContentStatus.PUBLISHED, now);
				default -> Publication.draft();
			};
		}

		private String titleOf(Wxr.Item item) {
			String title = org.jsoup.Jsoup.parse(item.title()).text().strip();
			if (title.isEmpty()) {
				title = "(" + item.type() + " " + item.id() + ")";
			}
			return (title.length() > 300) ? title.substring(0, 300) : title;
		}

		private Author author(String login) {
			if (login == null || login.isBlank()) {
				return null;
			}
			String slug = "wp-" + Slugs.of(login);
			String name = this.plan.authorNames.getOrDefault(login, login);
			return authors.findBySlug(slug).orElseGet(() -> {
				this.report.created("author");
				return authors.save(new Author(slug, name));
			});
		}

		private void remember(String kind, long wpId, long vigieId, String checksum, Optional<ImportLink> link) {
			if (link.isPresent()) {
				link.get().update(vigieId, checksum);
			}
			else {
				links.save(new ImportLink(this.site, kind, wpId, vigieId, checksum));
			}
		}

	}

	/** The preferred slug when free, else the original, else the first numbered one. */
	private static String freeSlug(String preferred, String original, java.util.function.Predicate<String> taken) {
		if (!taken.test(preferred)) {
			return preferred;
		}
		if (!taken.test(original)) {
			return original;
		}
		for (int n = 2;; n++) {
			if (!taken.test(original + "-" + n)) {
				return original + "-" + n;
			}
		}
	}

	private static String decode(String slug) {
		try {
			return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return slug;
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
