package org.vigie.content.web;

import org.vigie.content.demo.DemoContent;
import org.vigie.content.search.SearchIndexer;
import org.vigie.content.store.PostLinks;
import org.vigie.content.store.StaleBodies;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the server accepts requests: demo content into an empty database
 * (unless {@code vigie.demo.enabled=false}), bodies saved before they were rendered at
 * save rendered, the links between posts written if there are none, then the search index
 * rebuilt if it is missing, then scheduled publications announced to the page cache.
 */
@Component
class ContentStartup implements SmartInitializingSingleton {

	private final DemoContent demo;

	private final SearchIndexer indexer;

	private final PublicationWatch publications;

	private final StaleBodies bodies;

	private final PostLinks links;

	private final boolean demoEnabled;

	ContentStartup(DemoContent demo, SearchIndexer indexer, PublicationWatch publications, StaleBodies bodies,
			PostLinks links, @Value("${vigie.demo.enabled:true}") boolean demoEnabled) {
		this.demo = demo;
		this.bodies = bodies;
		this.links = links;
		this.indexer = indexer;
		this.publications = publications;
		this.demoEnabled = demoEnabled;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.demoEnabled) {
			this.demo.loadIfEmpty();
		}
		this.bodies.render();
		this.links.recomputeIfMissing();
		this.indexer.rebuildIfNeeded();
		this.publications.announceUpcoming();
	}

}
