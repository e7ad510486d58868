package org.vigie.content.web;

import org.vigie.content.demo.DemoContent;
import org.vigie.content.search.SearchIndexer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server accepts requests: demo content into an empty database
 * (unless {@code vigie.demo.enabled=false}), then the search index rebuilt if it is
 * missing, then scheduled publications announced to the page cache.
 */
@Component
class ContentStartup implements SmartInitializingSingleton {

	private final DemoContent demo;

	private final SearchIndexer indexer;

	private final PublicationWatch publications;

	private final boolean demoEnabled;

	ContentStartup(DemoContent demo, SearchIndexer indexer, PublicationWatch publications,
			@Value("${vigie.demo.enabled:true}") boolean demoEnabled) {
		this.demo = demo;
		this.indexer = indexer;
		this.publications = publications;
		this.demoEnabled = demoEnabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.demoEnabled) {
			this.demo.loadIfEmpty();
		}
		this.indexer.rebuildIfNeeded();
		this.publications.announceUpcoming();
	}

}
