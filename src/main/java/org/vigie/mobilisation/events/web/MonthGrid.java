package org.vigie.mobilisation.events.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import org.vigie.site.Language;

/**
 * A month as a calendar table: weeks from Monday to Sunday, each day with the events
 * starting on it.
 *
 * @param caption the month and year, worded
 * @param previous the previous month ({@code 2027-06})
 * @param next the next month
 * @param weekdays the days' names, Monday first, as {@code [short, full]}
 * @param weeks the weeks, each seven days ({@code null} outside the month)
 */
record MonthGrid(String caption, String previous, String next, List<String[]> weekdays, List<List<Day>> weeks) {

	/**
	 * One day of the month.
	 *
	 * @param number its number
	 * @param label its full date, worded
	 * @param events the events starting on it
	 */
	record Day(int number, String label, List<EventView> events) {
	}

	static MonthGrid of(YearMonth month, List<EventView> events, Language language, ZoneId zone) {
		List<String[]> weekdays = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.add(new String[] { day.getDisplayName(TextStyle.SHORT, language.locale()),
					day.getDisplayName(TextStyle.FULL, language.locale()) });
		}
		DateTimeFormatter full = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.locale());
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		LocalDate first = month.atDay(1);
		for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
			week.add(null);
		}
		for (int number = 1; number <= month.lengthOfMonth(); number++) {
			LocalDate date = month.atDay(number);
			List<EventView> onDay = events.stream()
				.filter((view) -> view.event().startsAt().withZoneSameInstant(zone).toLocalDate().equals(date))
				.toList();
			week.add(new Day(number, full.format(date), onDay));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		String caption = month.format(DateTimeFormatter.ofPattern("LLLL yyyy", language.locale()));
		return new MonthGrid(caption, month.minusMonths(1).toString(), month.plusMonths(1).toString(), weekdays, weeks);
	}

}
