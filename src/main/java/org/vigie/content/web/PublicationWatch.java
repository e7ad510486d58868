package org.vigie.content.web;

import java.time.Clock;
import java.time.Instant;

import org.vigie.content.ContentChanged;
import org.vigie.content.search.SearchIndexer;
import org.vigie.content.store.PostLinks;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.PostRepository;
import org.vigie.site.PageCache;
import org.vigie.site.SitemapContributor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps cached public pages and read models true to the content: rewrites the links
 * between posts after a post or the taxonomy changes, forgets the news pages after a post
 * changes, every page after a page or category changes (the menu shows them), and every
 * page at each moment a scheduled post or page goes public.
 */
@Component
class PublicationWatch {

	private final PageCache cache;

	private final PostRepository posts;

	private final PageRepository pages;

	private final Clock clock;

	private final SearchIndexer indexer;

	private final PageTree tree;

	private final PostLinks links;

	PublicationWatch(PageCache cache, PostRepository posts, PageRepository pages, Clock clock, SearchIndexer indexer,
			PageTree tree, PostLinks links) {
		this.cache = cache;
		this.links = links;
		this.indexer = indexer;
		this.tree = tree;
		this.posts = posts;
		this.pages = pages;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ContentChanged event) {
		this.indexer.update(event);
		if (event.kind() != ContentChanged.Kind.PAGE) {
			// Before the cache is emptied, so no page is cached with the links of before.
			this.links.recompute();
		}
		this.tree.reset();
		if (event.kind() == ContentChanged.Kind.POST) {
			// News appear in listings, feeds, sitemaps, related posts and the home page.
			this.cache.evictTagged("news", "home", SitemapContributor.CACHE_TAG);
		}
		else {
			// Pages and categories make the menu, which every page shows.
			this.cache.evictAll();
		}
		announceUpcoming();
	}

	void announceUpcoming() {
		Instant now = this.clock.instant();
		this.posts.findUpcomingPublications(now).forEach(this.cache::evictAllAt);
		this.pages.findUpcomingPublications(now).forEach(this.cache::evictAllAt);
	}

}
