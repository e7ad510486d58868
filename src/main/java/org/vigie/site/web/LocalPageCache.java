package org.vigie.site.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.vigie.site.PageCache;
import org.vigie.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Rendered public pages kept in this node's memory, keyed by address. A generation number
 * guards against storing a page rendered before an eviction (of any tag) that happened
 * while it rendered.
 */
@Component
class LocalPageCache implements PageCache {

	private final Cache<String, CachedPage> pages;

	private final ConcurrentSkipListSet<Instant> pendingEvictions = new ConcurrentSkipListSet<>();

	private final AtomicLong generation = new AtomicLong();

	private final Clock clock;

	private final boolean enabled;

	LocalPageCache(SiteProperties properties, Clock clock) {
		this.enabled = properties.pageCacheMegabytes() > 0;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(Math.max(1, properties.pageCacheMegabytes()) * 1024L * 1024L)
			.weigher((String key, CachedPage page) -> key.length() + page.size())
			.build();
		this.clock = clock;
	}

	boolean enabled() {
		return this.enabled;
	}

	CachedPage get(String key) {
		evictIfDue();
		return this.pages.getIfPresent(key);
	}

	long generation() {
		return this.generation.get();
	}

	void put(String key, CachedPage page, long renderedAtGeneration) {
		if (this.enabled && renderedAtGeneration == this.generation.get()) {
			this.pages.put(key, page);
			if (renderedAtGeneration != this.generation.get()) {
				this.pages.invalidate(key);
			}
		}
	}

	@Override
	public void evictAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	@Override
	public void evictTagged(String... tags) {
		Set<String> wanted = Set.of(tags);
		this.generation.incrementAndGet();
		this.pages.asMap().values().removeIf((page) -> page.tags().stream().anyMatch(wanted::contains));
	}

	@Override
	public void evictAllAt(Instant moment) {
		if (moment.isAfter(this.clock.instant())) {
			this.pendingEvictions.add(moment);
		}
		else {
			evictAll();
		}
	}

	/**
	 * Empties the cache when a pending moment has come. A thread that sees the moment
	 * waits for the eviction to finish, so it never serves a page the eviction was meant
	 * to remove.
	 */
	private void evictIfDue() {
		Instant now = this.clock.instant();
		Instant first = this.pendingEvictions.ceiling(Instant.MIN);
		if (first == null || first.isAfter(now)) {
			return;
		}
		synchronized (this.pendingEvictions) {
			boolean due = false;
			while ((first = this.pendingEvictions.ceiling(Instant.MIN)) != null && !first.isAfter(now)) {
				due |= this.pendingEvictions.remove(first);
			}
			if (due) {
				evictAll();
			}
		}
	}

}
