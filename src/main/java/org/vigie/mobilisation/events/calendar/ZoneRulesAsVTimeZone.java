package org.vigie.mobilisation.events.calendar;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A {@code VTIMEZONE} written from the JDK's rules for a zone: one {@code DAYLIGHT} and
 * one {@code STANDARD} observance repeating every year (for Europe/Brussels: summer time
 * from the last Sunday of March at 02:00, winter time from the last Sunday of October at
 * 03:00), or a fixed offset for a zone without summer time. Written from the rules rather
 * than copied from a bundled file, so that it is short, the same on every machine and
 * needs no download.
 */
final class ZoneRulesAsVTimeZone {

	/** The year observances start from; any year before the events would do. */
	private static final int FIRST_YEAR = 1996;

	private ZoneRulesAsVTimeZone() {
	}

	static VTimeZone of(ZoneId zone) {
		ZoneRules rules = zone.getRules();
		VTimeZone timeZone = new VTimeZone();
		timeZone.add(new TzId(zone.getId()));
		if (rules.getTransitionRules().isEmpty()) {
			ZoneOffset offset = rules.getOffset(java.time.Instant.EPOCH);
			Standard standard = new Standard(new PropertyList());
			standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
			standard.add(new TzOffsetFrom(offset));
			standard.add(new TzOffsetTo(offset));
			timeZone.add(standard);
			return timeZone;
		}
		for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
			timeZone.add(observance(zone, rule));
		}
		return timeZone;
	}

	private static Observance observance(ZoneId zone, ZoneOffsetTransitionRule rule) {
		boolean summer = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
		Observance observance = summer ? new Daylight(new PropertyList()) : new Standard(new PropertyList());
		ZoneOffsetTransition first = rule.createTransition(FIRST_YEAR);
		LocalDateTime onset = first.getDateTimeBefore();
		observance.add(new DtStart<>(onset));
		observance.add(new RRule<>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule)));
		observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
		observance.add(new TzOffsetTo(rule.getOffsetAfter()));
		observance.add(new TzName(
				java.util.TimeZone.getTimeZone(zone).getDisplayName(summer, java.util.TimeZone.SHORT, Locale.ENGLISH)));
		return observance;
	}

	/**
	 * The day of the rule: "the last Sunday" ({@code BYDAY=-1SU}), "the second Sunday"
	 * ({@code BYDAY=2SU}), or in general the weekday within the seven days the rule
	 * allows.
	 */
	private static String byDay(ZoneOffsetTransitionRule rule) {
		int indicator = rule.getDayOfMonthIndicator();
		DayOfWeek weekday = rule.getDayOfWeek();
		if (weekday == null) {
			return "BYMONTHDAY=" + indicator;
		}
		String day = weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT);
		int length = rule.getMonth().minLength();
		if (indicator == -1 || (indicator > 0 && indicator == length - 6 && length == rule.getMonth().maxLength())) {
			return "BYDAY=-1" + day;
		}
		if (indicator > 0 && indicator % 7 == 1) {
			return "BYDAY=" + (indicator / 7 + 1) + day;
		}
		int from = (indicator > 0) ? indicator : length + indicator - 5;
		return "BYDAY=" + day + ";BYMONTHDAY="
				+ IntStream.range(from, from + 7).mapToObj(Integer::toString).collect(Collectors.joining(","));
	}

}
