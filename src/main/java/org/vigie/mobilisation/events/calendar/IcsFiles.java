package org.vigie.mobilisation.events.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.vigie.notifications.Attachment;
import org.vigie.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Writes calendar files (RFC 5545) that every client reads the same: a {@code VTIMEZONE}
 * for the site's zone with its summer-time rules, times given in that zone
 * ({@code TZID}), a uid and a {@code SEQUENCE} so that a later file updates or removes
 * the entry instead of adding another, the online link in {@code CONFERENCE} (RFC 7986),
 * {@code URL} or {@code LOCATION} and the description, and lines folded at 75 octets with
 * CRLF. One event's file is {@code METHOD:PUBLISH} (added to the calendar as it is, with
 * nobody to answer to), or {@code METHOD:CANCEL} with {@code STATUS:CANCELLED} when the
 * event or the person's registration is called off; the feed is {@code METHOD:PUBLISH}.
 */
@Component
public class IcsFiles {

	/** The content type of a calendar file, without its method. */
	public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

	private final Clock clock;

	private final SiteProperties site;

	public IcsFiles(Clock clock, SiteProperties site) {
		this.clock = clock;
		this.site = site;
	}

	/**
	 * One event's file: {@code METHOD:CANCEL} when the entry is called off (see
	 * {@link CalendarEntry#calledOff()}, also for a registration cancelled), otherwise
	 * {@code METHOD:PUBLISH}.
	 */
	public byte[] single(CalendarEntry entry) {
		Calendar calendar = calendar(entry.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
		calendar.add(event(entry));
		return write(calendar);
	}

	/** One event's file as an email attachment, its method in the content type too. */
	public Attachment attachment(CalendarEntry entry, String filename) {
		String method = entry.cancelled() ? "CANCEL" : "PUBLISH";
		return new Attachment(filename, CONTENT_TYPE + "; method=" + method, single(entry));
	}

	/**
	 * A feed people subscribe to, named for their calendar; called-off events stay in it
	 * with {@code STATUS:CANCELLED} so that subscribers see them go.
	 */
	public byte[] feed(String name, List<CalendarEntry> entries) {
		Calendar calendar = calendar(ImmutableMethod.PUBLISH);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), java.time.Duration.ofHours(1)));
		entries.forEach((entry) -> calendar.add(event(entry)));
		return write(calendar);
	}

	private Calendar calendar(net.fortuna.ical4j.model.property.Method method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//" + this.site.name().replaceAll("[/\\r\\n]", " ") + "//Vigie mobilisation//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(ZoneRulesAsVTimeZone.of(zone()));
		return calendar;
	}

	private VEvent event(CalendarEntry entry) {
		VEvent event = new VEvent(false);
		event.add(new Uid(entry.uid()));
		event.add(new DtStamp(this.clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		event.add(new DtStart<>(entry.start().withZoneSameInstant(zone()).truncatedTo(ChronoUnit.SECONDS)));
		event.add(new DtEnd<>(entry.end().withZoneSameInstant(zone()).truncatedTo(ChronoUnit.SECONDS)));
		event.add(new Sequence(entry.sequence()));
		event.add(new Summary(text(entry.title())));
		String description = text(entry.description());
		if (entry.onlineLink() != null) {
			description = (description.isEmpty() ? "" : description + "\n\n") + entry.onlineLink();
			event.add(new Conference(new ParameterList(List.of(Value.URI, new Feature("VIDEO"))),
					entry.onlineLink().toString()));
		}
		if (!description.isEmpty()) {
			event.add(new Description(description));
		}
		String location = text(entry.location());
		if (!location.isEmpty() || entry.onlineLink() != null) {
			event.add(new Location(location.isEmpty() ? entry.onlineLink().toString() : location));
		}
		URI page = (entry.pageUrl() != null) ? entry.pageUrl() : entry.onlineLink();
		if (page != null) {
			event.add(new Url(page));
		}
		event.add(new Organizer(new ParameterList(List.of(new Cn(this.site.name()))),
				URI.create("mailto:no-reply@" + host())));
		event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	/** The host events' uids end with, such as {@code vigie.example.org}. */
	public String host() {
		String host = this.site.baseUrl().getHost();
		return (host != null) ? host : "localhost";
	}

	private ZoneId zone() {
		return this.site.timeZone();
	}

	private static String text(String value) {
		return (value != null)
				? value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n]]", "").strip() : "";
	}

	private static byte[] write(Calendar calendar) {
		StringWriter unfolded = new StringWriter();
		try {
			new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, unfolded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException(ex);
		}
		return ContentLines.fold(unfolded.toString()).getBytes(StandardCharsets.UTF_8);
	}

}
