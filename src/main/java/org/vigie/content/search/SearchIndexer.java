package org.vigie.content.search;

import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.content.ContentChanged;
import org.vigie.content.SearchContributor;
import org.vigie.content.Searchable;
import org.vigie.content.SearchableChanged;
import org.vigie.content.SearchableRemoved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search index in step with every module's searchable items: rebuilds it from
 * the {@link SearchContributor}s when it is missing or out of step at start-up, updates
 * one post or page after each content change, and one item of another module when that
 * module announces it.
 */
@Component
public class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final List<SearchContributor> contributors;

	private final ContentSearchables content;

	SearchIndexer(SearchIndex index, List<SearchContributor> contributors, ContentSearchables content) {
		this.index = index;
		this.contributors = contributors;
		this.content = content;
	}

	/**
	 * Rebuilds the index from the contributors if it is missing or does not hold every
	 * item.
	 */
	@Transactional(readOnly = true)
	public void rebuildIfNeeded() {
		long size = this.index.size();
		if (size == this.contributors.stream().mapToLong(SearchContributor::count).sum()) {
			return;
		}
		log.info("Search index {}: indexing every public item", (size < 0) ? "missing" : "holds " + size + " items");
		rebuild();
	}

	/** Indexes every item again, after a change of many items at once (an import). */
	@Transactional(readOnly = true)
	public void rebuild() {
		try (Stream<Searchable> all = this.contributors.stream().flatMap(SearchContributor::all)) {
			this.index.replaceAll(all::iterator);
		}
	}

	/**
	 * Updates the post or page a committed change touched (called right after the
	 * commit).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public void update(ContentChanged event) {
		switch (event.kind()) {
			case POST -> this.content.post(event.id())
				.ifPresentOrElse(this.index::put, () -> this.index.remove(ContentSearchables.POST + ":" + event.id()));
			case PAGE -> this.content.page(event.id())
				.ifPresentOrElse(this.index::put, () -> this.index.remove(ContentSearchables.PAGE + ":" + event.id()));
			case TAXONOMY -> {
			}
		}
	}

	@ApplicationModuleListener
	void on(SearchableChanged event) {
		this.index.put(event.item());
	}

	@ApplicationModuleListener
	void on(SearchableRemoved event) {
		this.index.remove(event.key());
	}

}
