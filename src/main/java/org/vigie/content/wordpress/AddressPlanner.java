package org.vigie.content.wordpress;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vigie.site.Slugs;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.media.MediaFile;
import org.vigie.site.Language;
import org.vigie.content.ContentPaths;

import org.springframework.stereotype.Component;

/**
 * Decides every imported item's slug and new address before any body is written, so links
 * between items can be rewritten; knows the old addresses of items, files and archives,
 * and keeps them as permanent redirects at the end.
 */
@Component
class AddressPlanner {

	/** How deep a chain of parent pages is followed, so a loop cannot hang. */
	private static final int MAX_DEPTH = 20;

	private final PostRepository posts;

	private final PageRepository pages;

	private final ImportLinkRepository links;

	@PersistenceContext
	private EntityManager entities;

	AddressPlanner(PostRepository posts, PageRepository pages, ImportLinkRepository links) {
		this.posts = posts;
		this.pages = pages;
		this.links = links;
	}

	void planAddresses(ImportRun run) {
		Map<Language, Set<String>> usedPostSlugs = new EnumMap<>(Language.class);
		Map<Language, Set<String>> usedPageSlugs = new EnumMap<>(Language.class);
		for (ImportPlan.Item item : run.plan.items.values()) {
			if (!item.imported()) {
				continue;
			}
			Set<String> used = (item.page() ? usedPageSlugs : usedPostSlugs).computeIfAbsent(item.language(),
					(language) -> new HashSet<>());
			String slug = slug(run, item, used);
			used.add(slug);
			run.slugs.put(item.id(), slug);
			if (run.slugs.size() % WordPressImporter.BATCH == 0) {
				this.entities.flush();
				this.entities.clear();
			}
		}
		for (ImportPlan.Item item : run.plan.items.values()) {
			if (item.imported()) {
				newAddress(run, item).ifPresent((address) -> run.newAddresses.put(oldPath(item.link()), address));
			}
			MediaFile file = run.attachments.get(item.id());
			if (file != null) {
				run.newAddresses.put(oldPath(item.attachmentUrl()), file.path());
			}
		}
	}

	/** The item's WordPress slug (or title) folded, free among posts or pages. */
	private String slug(ImportRun run, ImportPlan.Item item, Set<String> used) {
		boolean page = item.page();
		Optional<Long> own = this.links.find(run.site, page ? "PAGE" : "POST", item.id()).map(ImportLink::vigieId);
		String raw = decode(item.slug());
		String wanted = Slugs.of(raw.isBlank() ? item.title() : raw);
		if (wanted.isEmpty()) {
			wanted = (page ? "page-" : "post-") + item.id();
		}
		return Polylang.freeSlug(wanted, item.language(),
				(candidate) -> used.contains(candidate) || taken(page, item.language(), candidate, own));
	}

	private boolean taken(boolean page, Language language, String slug, Optional<Long> own) {
		Optional<Long> holder = page ? this.pages.findByLanguageAndSlug(language, slug).map(Page::getId)
				: this.posts.findByLanguageAndSlug(language, slug).map(Post::getId);
		return holder.isPresent() && !holder.equals(own);
	}

	/**
	 * The address of a post, or of a page under its parents; empty if one has no slug.
	 */
	static Optional<String> newAddress(ImportRun run, ImportPlan.Item item) {
		if ("post".equals(item.type())) {
			return Optional.of(ContentPaths.post(item.language(), run.slugs.get(item.id())));
		}
		List<String> path = new ArrayList<>();
		ImportPlan.Item current = item;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			String slug = run.slugs.get(current.id());
			if (slug == null) {
				return Optional.empty();
			}
			path.add(0, slug);
			current = (current.parentId() != 0) ? run.plan.items.get(current.parentId()) : null;
		}
		return Optional.of(ContentPaths.page(item.language(), path));
	}

	/**
	 * The new address of a link in a body, when it leads to something imported on the old
	 * site (its fragment kept).
	 */
	static Optional<String> resolve(ImportRun run, String url) {
		if (url == null) {
			return Optional.empty();
		}
		String trimmed = url.strip();
		boolean local = trimmed.startsWith("/") && !trimmed.startsWith("//");
		if (!local && !trimmed.startsWith(run.plan.site)) {
			return Optional.empty();
		}
		String key = oldPath(local ? run.plan.site + trimmed : trimmed);
		String fragment = trimmed.contains("#") ? trimmed.substring(trimmed.indexOf('#')) : "";
		String bare = key.replaceAll("#.*", "");
		String found = run.newAddresses.get(bare);
		if (found == null) {
			// WordPress's resized copies (photo-300x200.jpg) lead to the image itself.
			found = run.newAddresses.get(bare.replaceFirst("-[0-9]{1,5}x[0-9]{1,5}(\\.[A-Za-z0-9]{2,5})$", "$1"));
		}
		return Optional.ofNullable(found).map((path) -> path + fragment);
	}

	/** The path and query of an old address, as redirects are looked up. */
	static String oldPath(String url) {
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

	/** A percent-encoded slug or path as text; as it is when it is not valid encoding. */
	static String decode(String slug) {
		try {
			return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return slug;
		}
	}

}
