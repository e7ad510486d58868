package org.vigie.advocacy.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A file the advocacy team follows, as stored. Its private notes are for staff only: the
 * public pages never read them, nor the digest.
 *
 * @param id its id
 * @param slug its public address's last part, the same in every language
 * @param kind what it is
 * @param stage where it stands
 * @param reference the procedure or bill number, such as {@code 2024/0035(COD)}
 * @param institution who holds it (the European Parliament, the Chamber…)
 * @param titles its title per language
 * @param summaries its public summary per language
 * @param deadlineOn its next deadline, or {@code null}
 * @param deadlines what is due on that day, per language
 * @param privateNotes staff notes, never shown publicly
 * @param shownPublic whether its summary and public position papers are on the site
 * @param demo whether it is demo content
 * @param updatedAt when it was last saved
 * @param updatedBy who saved it
 */
public record WatchedFile(UUID id, String slug, Kind kind, Stage stage, String reference, String institution,
		Map<Language, String> titles, Map<Language, String> summaries, LocalDate deadlineOn,
		Map<Language, String> deadlines, String privateNotes, boolean shownPublic, boolean demo, Instant updatedAt,
		String updatedBy) {

	public WatchedFile {
		titles = Map.copyOf(titles);
		summaries = Map.copyOf(summaries);
		deadlines = Map.copyOf(deadlines);
	}

	public String title(Language language) {
		return this.titles.getOrDefault(language, "");
	}

	public String summary(Language language) {
		return this.summaries.getOrDefault(language, "");
	}

	/** What is due on the deadline, in a language, or an empty text. */
	public String deadline(Language language) {
		return this.deadlines.getOrDefault(language, "");
	}

	/** Whether its deadline passed while it is still open. */
	public boolean overdue(LocalDate today) {
		return this.deadlineOn != null && this.stage.open() && this.deadlineOn.isBefore(today);
	}

	/**
	 * Whether its deadline falls from today to {@code days} days later while it is open.
	 */
	public boolean dueWithin(LocalDate today, int days) {
		return this.deadlineOn != null && this.stage.open() && !this.deadlineOn.isBefore(today)
				&& !this.deadlineOn.isAfter(today.plusDays(days));
	}

}
