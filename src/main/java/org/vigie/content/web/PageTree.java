package org.vigie.content.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.vigie.content.ContentPaths;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.site.Language;

import org.springframework.stereotype.Component;

/**
 * The tree of public pages in every language, kept in memory: it gives the menu, page
 * addresses, breadcrumbs and translations without a query per request. It is rebuilt
 * after a change and when a scheduled page goes public.
 */
@Component
public class PageTree {

	private final PageRepository pages;

	private final Clock clock;

	private volatile Snapshot snapshot;

	/** Counts resets, so a tree loaded before a reset is never kept after it. */
	private final AtomicLong version = new AtomicLong();

	PageTree(PageRepository pages, Clock clock) {
		this.pages = pages;
		this.clock = clock;
	}

	/** Forgets the tree after a change; the next request loads it again. */
	void reset() {
		this.version.incrementAndGet();
		this.snapshot = null;
	}

	Optional<Node> at(String path) {
		return Optional.ofNullable(current().byPath().get(path));
	}

	List<Node> roots(Language language) {
		return current().roots().getOrDefault(language, List.of());
	}

	Map<Language, String> translations(Node node) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		for (Node other : current().byKey().getOrDefault(node.translationKey(), List.of())) {
			translations.put(other.language(), other.path());
		}
		return translations;
	}

	List<Node> ancestors(Node node) {
		LinkedList<Node> ancestors = new LinkedList<>();
		Node parent = current().byId().get(node.parentId());
		while (parent != null) {
			ancestors.addFirst(parent);
			parent = current().byId().get(parent.parentId());
		}
		return ancestors;
	}

	List<Node> all() {
		return List.copyOf(current().byId().values());
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || (current.validUntil() != null && !now.isBefore(current.validUntil()))) {
			long before = this.version.get();
			current = load(now);
			synchronized (this) {
				if (this.version.get() == before) {
					this.snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot load(Instant now) {
		List<Page> visible = this.pages.findAllPublic(now);
		Map<Long, Page> byId = new HashMap<>();
		visible.forEach((page) -> byId.put(page.getId(), page));
		Map<Long, Node> nodes = new HashMap<>();
		for (Page page : visible) {
			node(page, byId, nodes);
		}
		Instant validUntil = this.pages.findUpcomingPublications(now)
			.stream()
			.min(Comparator.naturalOrder())
			.orElse(null);
		return Snapshot.of(nodes, validUntil);
	}

	/**
	 * Builds the node of a page; a page whose parent is not public, or whose ancestry
	 * loops, is not reachable.
	 */
	private static Node node(Page page, Map<Long, Page> byId, Map<Long, Node> nodes) {
		if (nodes.containsKey(page.getId())) {
			return nodes.get(page.getId());
		}
		nodes.put(page.getId(), null);
		List<String> slugs = new ArrayList<>();
		Long parentId = (page.getParent() != null) ? page.getParent().getId() : null;
		if (parentId != null) {
			Page parent = byId.get(parentId);
			Node parentNode = (parent != null) ? node(parent, byId, nodes) : null;
			if (parentNode == null) {
				return null;
			}
			slugs.addAll(parentNode.slugs());
		}
		slugs.add(page.getSlug());
		Node node = new Node(page.getId(), page.getTranslationKey(), page.getLanguage(), page.getTitle(),
				page.getSummary(), parentId, page.getPosition(), List.copyOf(slugs),
				ContentPaths.page(page.getLanguage(), slugs), new ArrayList<>(), page.isInMenu());
		nodes.put(page.getId(), node);
		return node;
	}

	/**
	 * A public page's place in the tree; {@code inMenu} says whether the main menu shows
	 * it.
	 */
	public record Node(long id, String translationKey, Language language, String title, String summary, Long parentId,
			int position, List<String> slugs, String path, List<Node> children, boolean inMenu) {
	}

	record Snapshot(Map<Long, Node> byId, Map<String, Node> byPath, Map<String, List<Node>> byKey,
			Map<Language, List<Node>> roots, Instant validUntil) {

		static Snapshot of(Map<Long, Node> nodes, Instant validUntil) {
			Map<Long, Node> byId = new HashMap<>();
			Map<String, Node> byPath = new HashMap<>();
			Map<String, List<Node>> byKey = new HashMap<>();
			Map<Language, List<Node>> roots = new EnumMap<>(Language.class);
			Comparator<Node> order = Comparator.comparingInt(Node::position).thenComparing(Node::title);
			nodes.values().stream().filter((node) -> node != null).sorted(order).forEach((node) -> {
				byId.put(node.id(), node);
				byPath.put(node.path(), node);
				byKey.computeIfAbsent(node.translationKey(), (key) -> new ArrayList<>()).add(node);
				if (node.parentId() == null) {
					roots.computeIfAbsent(node.language(), (language) -> new ArrayList<>()).add(node);
				}
				else {
					nodes.get(node.parentId()).children().add(node);
				}
			});
			return new Snapshot(byId, byPath, byKey, roots, validUntil);
		}

	}

}
