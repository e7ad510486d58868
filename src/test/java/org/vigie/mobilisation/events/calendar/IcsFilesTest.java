package org.vigie.mobilisation.events.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.vigie.notifications.Attachment;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calendar files every client reads the same: compared byte for byte with golden files
 * (the stamp fixed by the clock), and parsed back with ical4j.
 */
class IcsFilesTest {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Instant NOW = Instant.parse("2026-12-05T09:30:00Z");

	private final IcsFiles files = new IcsFiles(Clock.fixed(NOW, ZoneOffset.UTC),
			new SiteProperties(URI.create("https://vigie.example.org"), "Vigie", Language.FR, 0, BRUSSELS));

	static CalendarEntry colloquium() {
		ZonedDateTime start = ZonedDateTime.of(2027, 3, 18, 9, 30, 0, 0, BRUSSELS);
		return new CalendarEntry("41@vigie.example.org", 2, start, start.plusHours(7).plusMinutes(30),
				"Colloque : l'enfance face à la traite", "Accueil dès 9 h.\nMidi : sandwiches, végétarien possible.",
				"Palais des congrès, Esplanade de l'Europe 2, 4020 Liège", null,
				URI.create("https://vigie.example.org/fr/agenda/colloque-liege"), false);
	}

	static CalendarEntry webinar() {
		ZonedDateTime start = ZonedDateTime.of(2027, 7, 6, 19, 0, 0, 0, BRUSSELS);
		return new CalendarEntry("42@vigie.example.org", 0, start, start.plusMinutes(90), "Online briefing",
				"What the new law changes for unaccompanied minors.", null,
				URI.create("https://meet.example.net/vigie-briefing?room=7&lang=en"),
				URI.create("https://vigie.example.org/en/events/online-briefing"), false);
	}

	@Test
	void anInvitationMatchesItsGoldenFile() throws IOException {
		assertGolden("colloquium-publish.ics", this.files.single(colloquium()));
	}

	@Test
	void anOnlineEventCarriesItsLinkInTheEventItself() throws Exception {
		byte[] file = this.files.single(webinar());
		assertGolden("online-publish.ics", file);
		VEvent event = event(parse(file));
		assertThat(value(event, "CONFERENCE")).isEqualTo("https://meet.example.net/vigie-briefing?room=7&lang=en");
		assertThat(event.getProperty("CONFERENCE").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
			.isEqualTo("URI");
		assertThat(value(event, Property.DESCRIPTION))
			.endsWith("\n\nhttps://meet.example.net/vigie-briefing?room=7&lang=en");
		assertThat(value(event, Property.LOCATION)).isEqualTo("https://meet.example.net/vigie-briefing?room=7&lang=en");
		assertThat(value(event, Property.URL)).isEqualTo("https://vigie.example.org/en/events/online-briefing");
	}

	@Test
	void aCancellationIsMethodCancelOneSequenceLater() throws Exception {
		byte[] file = this.files.single(colloquium().calledOff());
		assertGolden("colloquium-cancel.ics", file);
		Calendar calendar = parse(file);
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent event = event(calendar);
		assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
		assertThat(value(event, Property.UID)).isEqualTo("41@vigie.example.org");
		Attachment attachment = this.files.attachment(colloquium().calledOff(), "colloque.ics");
		assertThat(attachment.contentType()).isEqualTo("text/calendar; charset=utf-8; method=CANCEL");
	}

	@Test
	void theFeedPublishesEveryEventWithOneTimeZone() throws Exception {
		byte[] file = this.files.feed("Vigie – agenda", List.of(colloquium(), webinar().calledOff()));
		assertGolden("feed-publish.ics", file);
		Calendar calendar = parse(file);
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
		assertThat(calendar.<VEvent>getComponents(Component.VEVENT))
			.extracting((event) -> value(event, Property.STATUS))
			.containsExactly("CONFIRMED", "CANCELLED");
	}

	@Test
	void timesAreGivenInBrusselsWithItsSummerTimeRules() throws Exception {
		String text = new String(this.files.single(webinar()), StandardCharsets.UTF_8);
		assertThat(text).contains("DTSTART;TZID=Europe/Brussels:20270706T190000\r\n")
			.contains("DTEND;TZID=Europe/Brussels:20270706T203000\r\n");
		Calendar calendar = parse(text.getBytes(StandardCharsets.UTF_8));
		VTimeZone zone = (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
		assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Brussels");
		assertThat(zone.getObservances())
			.extracting((observance) -> observance.getName() + " " + value(observance, Property.RRULE) + " "
					+ value(observance, Property.TZOFFSETTO))
			.containsExactlyInAnyOrder("DAYLIGHT FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU +0200",
					"STANDARD FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU +0100");
		assertThat(zone.getApplicableObservance(Instant.parse("2027-07-06T17:00:00Z")).getName()).isEqualTo("DAYLIGHT");
		assertThat(zone.getApplicableObservance(Instant.parse("2027-01-06T17:00:00Z")).getName()).isEqualTo("STANDARD");
		DtStart<Temporal> start = event(calendar).getDateTimeStart();
		assertThat(ZonedDateTime.from(start.getDate()).toInstant()).isEqualTo(webinar().start().toInstant());
		assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Brussels");
	}

	@Test
	void escapesCommasSemicolonsNewlinesAndKeepsEmoji() throws Exception {
		String tricky = "Vente, marché; \"atelier\" \\ salle 2\nDeuxième ligne 🎉💙\r\nTroisième\u0007 ligne";
		ZonedDateTime start = ZonedDateTime.of(2027, 5, 1, 14, 0, 0, 0, BRUSSELS);
		CalendarEntry entry = new CalendarEntry("43@vigie.example.org", 1, start, start.plusHours(2), "Fête; 💙, ok",
				tricky, "Rue Haute 12, Bruxelles; 1er étage", null, null, false);
		String text = new String(this.files.single(entry), StandardCharsets.UTF_8);

		assertThat(text).contains("SUMMARY:Fête\\; 💙\\, ok\r\n");
		assertThat(text.replace("\r\n ", "")).contains("LOCATION:Rue Haute 12\\, Bruxelles\\; 1er étage\r\n")
			.contains(
					"DESCRIPTION:Vente\\, marché\\; \"atelier\" \\\\ salle 2\\nDeuxième ligne 🎉💙\\nTroisième ligne\r\n");
		VEvent event = event(parse(text.getBytes(StandardCharsets.UTF_8)));
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Fête; 💙, ok");
		assertThat(value(event, Property.DESCRIPTION))
			.isEqualTo("Vente, marché; \"atelier\" \\ salle 2\nDeuxième ligne 🎉💙\nTroisième ligne");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Rue Haute 12, Bruxelles; 1er étage");
	}

	@Test
	void foldsLongLinesAt75OctetsWithoutCuttingACharacter() throws Exception {
		String longText = "Une très longue description 💙 ".repeat(40);
		ZonedDateTime start = ZonedDateTime.of(2027, 5, 1, 14, 0, 0, 0, BRUSSELS);
		CalendarEntry entry = new CalendarEntry("44@vigie.example.org", 0, start, start.plusHours(2), "Long", longText,
				null, null, null, false);
		byte[] file = this.files.single(entry);

		StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.decode(java.nio.ByteBuffer.wrap(file));
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
		List<String> lines = List.of(text.split("\r\n"));
		assertThat(lines)
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(lines.stream().filter((line) -> line.startsWith(" ")).count()).isGreaterThan(15);
		assertThat(lines).anySatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSize(75));
		assertThat(value(event(parse(file)), Property.DESCRIPTION)).isEqualTo(longText.strip());
	}

	private static void assertGolden(String name, byte[] actual) throws IOException {
		Path regenerate = Path.of("target", "golden", name);
		Files.createDirectories(regenerate.getParent());
		Files.write(regenerate, actual);
		try (InputStream golden = IcsFilesTest.class.getResourceAsStream("/mobilisation/calendar/" + name)) {
			assertThat(golden).as("golden file %s (this run's output is in %s)", name, regenerate).isNotNull();
			assertThat(new String(actual, StandardCharsets.UTF_8))
				.isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static Calendar parse(byte[] file) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(new String(file, StandardCharsets.UTF_8)));
	}

	private static VEvent event(Calendar calendar) {
		return (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
	}

	private static String value(Component component, String property) {
		return component.getProperty(property).orElseThrow(() -> new AssertionError("No " + property)).getValue();
	}

}
