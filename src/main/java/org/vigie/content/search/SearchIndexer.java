package org.vigie.content.search;

import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.content.ContentChanged;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.site.SitePaths;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search index in step with the database: rebuilds it when it is missing or out
 * of step at start-up, and updates one item after each change.
 */
@Component
public class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final PostRepository posts;

	private final PageRepository pages;

	/**
	 * Items read at once when indexing everything, so memory does not grow with the site.
	 */
	private static final int BATCH = 200;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entities;

	SearchIndexer(SearchIndex index, PostRepository posts, PageRepository pages) {
		this.index = index;
		this.posts = posts;
		this.pages = pages;
	}

	/**
	 * Rebuilds the index from the database if it is missing or does not hold every item.
	 */
	@Transactional(readOnly = true)
	public void rebuildIfNeeded() {
		long size = this.index.size();
		if (size == this.posts.countByPublicationStatusNot(ContentStatus.DRAFT)
				+ this.pages.countByPublicationStatusNot(ContentStatus.DRAFT)) {
			return;
		}
		log.info("Search index {}: indexing every public item from the database",
				(size < 0) ? "missing" : "holds " + size + " items");
		this.index.replaceAll(documents());
	}

	/** Indexes every item again, after a change of many items at once (an import). */
	@Transactional(readOnly = true)
	public void rebuild() {
		this.index.replaceAll(documents());
	}

	/** Updates the item a committed change touched (called right after the commit). */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public void update(ContentChanged event) {
		switch (event.kind()) {
			case POST -> this.posts.findById(event.id())
				.flatMap(this::document)
				.ifPresentOrElse(this.index::put, () -> this.index.remove(SearchDocument.Kind.POST, event.id()));
			case PAGE -> this.pages.findById(event.id())
				.flatMap(this::document)
				.ifPresentOrElse(this.index::put, () -> this.index.remove(SearchDocument.Kind.PAGE, event.id()));
			case TAXONOMY -> {
			}
		}
	}

	/**
	 * Every public item's document, read from the database a batch at a time as the index
	 * consumes them.
	 */
	private Iterable<SearchDocument> documents() {
		return () -> java.util.stream.Stream
			.concat(batches(this.posts, this::document), batches(this.pages, this::document))
			.iterator();
	}

	private <T> java.util.stream.Stream<SearchDocument> batches(
			org.springframework.data.jpa.repository.JpaRepository<T, Long> repository,
			java.util.function.Function<T, Optional<SearchDocument>> document) {
		return java.util.stream.IntStream.iterate(0, (number) -> number + 1)
			.mapToObj((number) -> repository
				.findAll(org.springframework.data.domain.PageRequest.of(number, BATCH,
						org.springframework.data.domain.Sort.by("id")))
				.getContent())
			.takeWhile((batch) -> !batch.isEmpty())
			.flatMap((batch) -> {
				List<SearchDocument> documents = batch.stream().map(document).flatMap(Optional::stream).toList();
				this.entities.clear();
				return documents.stream();
			});
	}

	private Optional<SearchDocument> document(Post post) {
		if (post.getPublication().getStatus() == ContentStatus.DRAFT) {
			return Optional.empty();
		}
		String text = join(post.getExcerpt(), Jsoup.parse(post.getBody()).text());
		return Optional
			.of(new SearchDocument(SearchDocument.Kind.POST, post.getId(), post.getLanguage(), post.getTitle(), text,
					SitePaths.post(post.getLanguage(), post.getSlug()), post.getPublication().getPublishedAt()));
	}

	private Optional<SearchDocument> document(Page page) {
		LinkedList<String> slugs = new LinkedList<>();
		for (Page step = page; step != null; step = step.getParent()) {
			if (step.getPublication().getStatus() == ContentStatus.DRAFT) {
				return Optional.empty();
			}
			slugs.addFirst(step.getSlug());
		}
		StringBuilder text = new StringBuilder(join(page.getSummary(), Jsoup.parse(page.getBody()).text()));
		page.getSections()
			.forEach((section) -> text.append(' ')
				.append(section.getHeading())
				.append(' ')
				.append(Jsoup.parse(section.getBody()).text()));
		return Optional.of(new SearchDocument(SearchDocument.Kind.PAGE, page.getId(), page.getLanguage(),
				page.getTitle(), text.toString(), SitePaths.page(page.getLanguage(), slugs),
				page.getPublication().getPublishedAt()));
	}

	private static String join(String first, String second) {
		return (first != null && !first.isBlank()) ? first + " " + second : second;
	}

}
