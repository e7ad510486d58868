package org.vigie.reporting.line;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.vigie.reporting.reports.Message;
import org.vigie.reporting.reports.Reports;
import org.vigie.site.Language;

/**
 * A report as its reporter sees it, dates written in their language (in UTC: the line
 * does not ask where the reporter is).
 *
 * @param status the current status's name
 * @param history each status with its date
 * @param messages the messages, oldest first
 * @param canWrite whether the reporter may still answer
 */
record FollowUpView(String status, List<Step> history, List<Line> messages, boolean canWrite) {

	/**
	 * A status and its date.
	 *
	 * @param status its name
	 * @param at its date
	 */
	record Step(String status, String at) {
	}

	/**
	 * A message.
	 *
	 * @param fromLine whether the line (an analyst) wrote it
	 * @param at its date
	 * @param text its text
	 * @param images how many images came with it
	 */
	record Line(boolean fromLine, String at, String text, int images) {
	}

	static FollowUpView of(Reports.ReporterView view, Language language) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(language.locale())
			.withZone(ZoneOffset.UTC);
		List<Step> history = view.history()
			.stream()
			.map((step) -> new Step(step.status().name(), at(dates, step.at())))
			.toList();
		List<Line> messages = view.messages()
			.stream()
			.map((message) -> new Line(message.author() == Message.Author.ANALYST, at(dates, message.sentAt()),
					message.text(), message.attachments().size()))
			.toList();
		return new FollowUpView(view.status().name(), history, messages, view.canWrite());
	}

	private static String at(DateTimeFormatter dates, Instant instant) {
		return dates.format(instant) + " UTC";
	}

}
