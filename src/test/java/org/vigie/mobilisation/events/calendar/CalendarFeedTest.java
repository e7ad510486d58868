package org.vigie.mobilisation.events.calendar;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.vigie.TestClock;
import org.vigie.mobilisation.MobilisationTest;
import org.vigie.mobilisation.Supporter;
import org.vigie.mobilisation.events.EventStore;
import org.vigie.site.SiteProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People subscribe to the agenda from their calendar: a feed per language with the events
 * to come and the recent ones (called-off ones marked so), one file per event, both plain
 * calendar files that a shared cache may keep a few minutes and that set no cookie.
 */
@MobilisationTest
class CalendarFeedTest {

	@LocalServerPort
	private int port;

	@Autowired
	private EventStore events;

	@Autowired
	private SiteProperties site;

	@Autowired
	private TestClock clock;

	@Test
	void theFeedOfEachLanguageListsUpcomingAndRecentEvents() throws Exception {
		var now = this.clock.instant();
		UUID coming = this.events.create(CalendarEvents.draft(30, now, 20, null), now);
		UUID online = this.events.create(CalendarEvents.draft(null, now, 40, "https://meet.example.net/vigie?x=1"),
				now);
		UUID calledOff = this.events.create(CalendarEvents.draft(30, now, 50, null), now);
		this.events.cancel(calledOff, now);
		UUID recent = this.events.create(CalendarEvents.draft(30, now, -10, null), now);
		UUID old = this.events.create(CalendarEvents.draft(30, now, -200, null), now);
		Supporter supporter = Supporter.fromOwnNetwork(this.port);

		HttpResponse<String> answer = supporter.get("/fr/agenda.ics");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type.toLowerCase(java.util.Locale.ROOT)).isEqualTo("text/calendar;charset=utf-8"));
		assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cache) -> assertThat(cache).contains("max-age=300").contains("public").doesNotContain("no-store"));
		assertThat(supporter.hasCookies()).isFalse();
		Calendar feed = IcsFilesTest.parse(answer.body().getBytes(StandardCharsets.UTF_8));
		assertThat(feed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		List<VEvent> entries = feed.getComponents(Component.VEVENT);
		assertThat(entries).extracting((event) -> value(event, Property.UID))
			.contains(uid(coming), uid(online), uid(calledOff), uid(recent))
			.doesNotContain(uid(old));
		VEvent cancelled = entry(entries, calledOff);
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(entry(entries, coming), Property.SUMMARY)).startsWith("Soirée d'échange");
		assertThat(value(entry(entries, online), "CONFERENCE")).isEqualTo("https://meet.example.net/vigie?x=1");
		assertThat(value(entry(entries, coming), Property.DTSTART)).endsWith("T183000");

		HttpResponse<String> english = supporter.get("/en/events.ics");
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(value(entry(
				IcsFilesTest.parse(english.body().getBytes(StandardCharsets.UTF_8)).getComponents(Component.VEVENT),
				coming), Property.SUMMARY))
			.startsWith("Evening talk");
		assertThat(supporter.get("/nl/agenda.ics").body()).contains("SUMMARY:Gespreksavond");
	}

	@Test
	void eachEventHasItsOwnFileAndUnknownOnesAreNotFound() throws Exception {
		var now = this.clock.instant();
		var draft = CalendarEvents.draft(30, now, 12, null);
		UUID id = this.events.create(draft, now);
		Supporter supporter = Supporter.fromOwnNetwork(this.port);

		HttpResponse<String> answer = supporter
			.get("/nl/agenda/" + draft.texts().get(org.vigie.site.Language.NL).slug() + ".ics");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"" + draft.texts().get(org.vigie.site.Language.NL).slug() + ".ics\"");
		VEvent event = (VEvent) IcsFilesTest.parse(answer.body().getBytes(StandardCharsets.UTF_8))
			.getComponent(Component.VEVENT)
			.orElseThrow();
		assertThat(value(event, Property.UID)).isEqualTo(uid(id));
		assertThat(value(event, Property.URL))
			.isEqualTo(this.site.absolute("/nl/agenda/" + draft.texts().get(org.vigie.site.Language.NL).slug()));
		String slug = draft.texts().get(org.vigie.site.Language.NL).slug();
		assertThat(supporter.page("/nl/agenda/" + slug).selectFirst("a[data-calendar-file]").attr("href"))
			.isEqualTo("/nl/agenda/" + slug + ".ics");
		assertThat(supporter.page("/en/events").selectFirst("a[data-calendar-feed]").attr("href"))
			.isEqualTo("/en/events.ics");
		assertThat(supporter.get("/nl/agenda/no-such-event.ics").statusCode()).isEqualTo(404);
		assertThat(supporter.get("/fr/agenda/" + draft.texts().get(org.vigie.site.Language.NL).slug() + ".ics")
			.statusCode()).as("a slug belongs to its language").isEqualTo(404);
	}

	private String uid(UUID id) {
		return id + "@" + this.site.baseUrl().getHost();
	}

	private VEvent entry(List<VEvent> entries, UUID id) {
		return entries.stream().filter((event) -> value(event, Property.UID).equals(uid(id))).findFirst().orElseThrow();
	}

	private static String value(Component component, String property) {
		return component.getProperty(property).orElseThrow().getValue();
	}

}
