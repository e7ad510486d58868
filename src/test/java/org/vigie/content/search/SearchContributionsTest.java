package org.vigie.content.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;
import org.vigie.content.SearchContributor;
import org.vigie.content.Searchable;
import org.vigie.content.SearchableChanged;
import org.vigie.content.SearchableRemoved;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Other modules' items in the site's search: a module offers them for rebuilds through a
 * {@link SearchContributor}, and announces single changes with events, which reach the
 * index once the announcing transaction commits.
 */
@SiteTest
@Import(SearchContributionsTest.Campaigns.class)
class SearchContributionsTest {

	@Autowired
	private SiteClient site;

	@Autowired
	private SearchIndexer indexer;

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aRebuiltIndexHoldsEveryModulesItems() {
		this.campaigns.items.add(campaign("1", "Marathon for children's rights"));

		this.indexer.rebuild();

		assertThat(this.site.page("/en/search?q=marathon").select(".hit__title a").eachAttr("href"))
			.containsExactly("/en/campaigns/1");
		assertThat(this.site.page("/en/search?q=Golondrina").select(".hit")).as("content's own pages").isNotEmpty();
	}

	@Test
	void announcedChangesReachTheIndexAfterCommit() {
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new SearchableChanged(campaign("2", "Bicycle relay for safety"))));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.site.page("/en/search?q=bicycle").select(".hit").isEmpty());

		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new SearchableRemoved("CAMPAIGN", "2")));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.site.page("/en/search?q=bicycle").select(".hit").isEmpty());
	}

	@Test
	void anAnnouncementRolledBackChangesNothing() {
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new SearchableChanged(campaign("3", "Kayak challenge")));
			status.setRollbackOnly();
		});

		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new SearchableChanged(campaign("4", "Canoe challenge"))));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> !this.site.page("/en/search?q=canoe").select(".hit").isEmpty());
		assertThat(this.site.page("/en/search?q=kayak").select(".hit")).isEmpty();
	}

	private static Searchable campaign(String id, String title) {
		return new Searchable("CAMPAIGN", id, Language.EN, title, title + ", a campaign of the network.",
				"/en/campaigns/" + id, Instant.parse("2026-01-01T00:00:00Z"));
	}

	/** Another module's items, as a campaign module would offer them. */
	@TestConfiguration
	static class Campaigns implements SearchContributor {

		final List<Searchable> items = new CopyOnWriteArrayList<>();

		@Override
		public long count() {
			return this.items.size();
		}

		@Override
		public Stream<Searchable> all() {
			return this.items.stream();
		}

	}

}
