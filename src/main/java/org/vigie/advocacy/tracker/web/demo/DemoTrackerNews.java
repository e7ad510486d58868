package org.vigie.advocacy.tracker.web.demo;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.site.Language;

/**
 * Links the demo directive to the demo news posts about it (the research in the 27
 * states, the recast's priorities) once the demo tracker is loaded, unless
 * {@code vigie.demo.enabled=false}. Does nothing when the directive already has links, so
 * a restart or a second call changes nothing.
 */
@Component
@Order(20)
class DemoTrackerNews {

	/** The demo directive's code. */
	static final String CODE = "2011-93-eu";

	/** The news links' kind for instruments. */
	static final String KIND = "instrument";

	static final Map<Language, String> RESEARCH = Map.of(Language.FR, "directive-europeenne-recherche-27-pays",
			Language.NL, "europese-richtlijn-onderzoek-27-landen", Language.EN, "eu-directive-research-27-countries");

	static final Map<Language, String> RECAST = Map.of(Language.FR, "refonte-directive-europeenne-nos-priorites",
			Language.NL, "herschikking-europese-richtlijn-onze-prioriteiten", Language.EN,
			"eu-directive-recast-our-priorities");

	private final TrackerStore tracker;

	private final NewsLinks news;

	private final boolean enabled;

	DemoTrackerNews(TrackerStore tracker, NewsLinks news, @Value("${vigie.demo.enabled:true}") boolean enabled) {
		this.tracker = tracker;
		this.news = news;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			link();
		}
	}

	/** Links the posts unless the directive has links already; whether it linked them. */
	boolean link() {
		Instrument directive = this.tracker.instrument(CODE).orElse(null);
		if (directive == null || Language.all()
			.stream()
			.anyMatch((language) -> !this.news.paths(KIND, directive.id(), language).isEmpty())) {
			return false;
		}
		this.news.linkBySlug(KIND, directive.id(), RESEARCH);
		this.news.linkBySlug(KIND, directive.id(), RECAST);
		return true;
	}

}
