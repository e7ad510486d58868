package org.vigie.advocacy.tracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.vigie.advocacy.tracker.Instrument;
import org.vigie.advocacy.tracker.MemberStates;
import org.vigie.advocacy.tracker.TrackerStore;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.site.Language;
import org.vigie.site.SitemapContributor;

/**
 * The tracker's addresses in the sitemaps: its page, the dataset's page, a page per
 * member state and per provision of the main instrument, each with its translations.
 */
@Component
class TrackerSitemap implements SitemapContributor {

	private final TrackerStore store;

	TrackerSitemap(TrackerStore store) {
		this.store = store;
	}

	@Override
	public Stream<Entry> entries(Language language) {
		List<Entry> entries = new ArrayList<>();
		entries.add(entry(language, AdvocacyPaths.tracker(language),
				TrackerAddresses.everyLanguage(AdvocacyPaths::tracker)));
		entries.add(entry(language, TrackerAddresses.data(language),
				TrackerAddresses.everyLanguage(TrackerAddresses::data)));
		MemberStates.CODES.forEach((state) -> entries.add(entry(language, AdvocacyPaths.country(language, state),
				TrackerAddresses.everyLanguage((other) -> AdvocacyPaths.country(other, state)))));
		this.store.main()
			.map(Instrument::id)
			.map(this.store::provisions)
			.orElse(List.of())
			.forEach((provision) -> entries.add(entry(language, AdvocacyPaths.provision(language, provision.article()),
					TrackerAddresses.everyLanguage((other) -> AdvocacyPaths.provision(other, provision.article())))));
		return entries.stream();
	}

	private static Entry entry(Language language, String path, java.util.Map<Language, String> translations) {
		return new Entry(path, null, translations);
	}

}
