package org.vigie.mobilisation.events.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.events.Event;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.mobilisation.events.Places;
import org.vigie.mobilisation.events.Registrations;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.ActionListing;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The next events open for registration, on the "Act" page ({@code /fr/agir}): three at
 * most, soonest first, each with its date and the places left or its waiting list.
 */
@Component
class AgendaListing implements ActionListing {

	private static final int SHOWN = 3;

	private final EventStore events;

	private final Registrations registrations;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	AgendaListing(EventStore events, Registrations registrations, MessageSource messages, SiteProperties site,
			Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@Override
	public List<Teaser> teasers(Language language) {
		Instant now = this.clock.instant();
		return this.events.upcoming(now)
			.stream()
			.filter((event) -> event.open(now))
			.limit(SHOWN)
			.map((event) -> teaser(event, language, now))
			.toList();
	}

	@Override
	public int listingOrder() {
		return 30;
	}

	private Teaser teaser(Event event, Language language, Instant now) {
		EventView view = EventView.of(event, language, null, now, this.site.timeZone());
		Places places = this.registrations.places(event);
		String figure = (places.capacity() == null) ? null
				: places.full() ? text("mobilisation.events.full", language) : this.messages
					.getMessage("mobilisation.events.left", new Object[] { places.left() }, language.locale());
		return new Teaser("mobilisation.events.kind", view.text().title(), view.when() + " — " + view.text().summary(),
				ActPaths.agenda(language) + "/" + view.text().slug(), figure);
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
