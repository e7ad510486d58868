package org.vigie.content.web;

import java.time.Clock;
import java.time.Instant;

import org.vigie.content.ContentChanged;
import org.vigie.content.search.SearchIndexer;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.PostRepository;
import org.vigie.site.PageCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps cached public pages true to the content: forgets them after every committed
 * change, and at each moment a scheduled post or page goes public.
 */
@Component
class PublicationWatch {

	private final PageCache cache;

	private final PostRepository posts;

	private final PageRepository pages;

	private final Clock clock;

	private final SearchIndexer indexer;

	private final PageTree tree;

	PublicationWatch(PageCache cache, PostRepository posts, PageRepository pages, Clock clock, SearchIndexer indexer,
			PageTree tree) {
		this.cache = cache;
		this.indexer = indexer;
		this.tree = tree;
		this.posts = posts;
		this.pages = pages;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ContentChanged event) {
		this.indexer.update(event);
		this.tree.reset();
		this.cache.evictAll();
		announceUpcoming();
	}

	void announceUpcoming() {
		Instant now = this.clock.instant();
		this.posts.findUpcomingPublications(now).forEach(this.cache::evictAllAt);
		this.pages.findUpcomingPublications(now).forEach(this.cache::evictAllAt);
	}

}
