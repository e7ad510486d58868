package org.vigie.advocacy.tracker.web.demo;

import org.junit.jupiter.api.Test;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo directive is linked to its two demo posts in every language, once: loading
 * again changes nothing.
 */
@AdvocacyTest
class DemoTrackerNewsTest {

	@Autowired
	private DemoTrackerNews demo;

	@Autowired
	private NewsLinks news;

	@Autowired
	private TrackerStore tracker;

	@Test
	void linksTheDemoDirectiveToItsPostsOnce() {
		var directive = this.tracker.instrument(DemoTrackerNews.CODE).orElseThrow();
		for (Language language : Language.all()) {
			assertThat(this.news.paths(DemoTrackerNews.KIND, directive.id(), language)).hasSize(2);
		}
		assertThat(this.demo.link()).isFalse();
		assertThat(this.news.paths(DemoTrackerNews.KIND, directive.id(), Language.EN)).hasSize(2)
			.anyMatch((path) -> path.endsWith("/eu-directive-research-27-countries"));
	}

}
