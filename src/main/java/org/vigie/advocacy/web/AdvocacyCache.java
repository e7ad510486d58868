package org.vigie.advocacy.web;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigie.site.PageCache;

/**
 * Forgets the cached advocacy pages (and the advocacy page with its generated sections)
 * once a change is committed, so a reader never gets a page built from data that was then
 * rolled back, nor keeps one built just before the change. Every write of the module
 * calls {@link #changed()} inside its transaction.
 */
@Component
public class AdvocacyCache {

	private final PageCache pages;

	private final AtomicLong generation = new AtomicLong();

	AdvocacyCache(PageCache pages) {
		this.pages = pages;
	}

	/** Evicts the advocacy pages after the current transaction commits (or now). */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					evict();
				}
			});
		}
		else {
			evict();
		}
	}

	/**
	 * Evicts the advocacy pages now: for code already running after its commit (inside an
	 * {@code afterCommit} callback, where {@link #changed()} would register a callback
	 * that never runs).
	 */
	public void changedNow() {
		evict();
	}

	/**
	 * A number that grows at every committed change: what a part keeps in memory (such as
	 * a built matrix) stays valid while it is the same.
	 */
	public long generation() {
		return this.generation.get();
	}

	private void evict() {
		this.generation.incrementAndGet();
		this.pages.evictTagged(AdvocacyPages.CACHE_TAG);
	}

}
