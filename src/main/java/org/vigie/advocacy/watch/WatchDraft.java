package org.vigie.advocacy.watch;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * A watched file as staff typed it, checked before anything is stored.
 *
 * @param slug its public address's last part
 * @param kind what it is
 * @param stage where it stands (one of the kind's stages)
 * @param reference its procedure or bill number
 * @param institution who holds it
 * @param titles its title per language (all three needed)
 * @param summaries its public summary per language (all three needed to be public)
 * @param deadlineOn its next deadline, or {@code null}
 * @param deadlines what is due then, per language
 * @param privateNotes staff notes
 * @param shownPublic whether it is on the site
 * @param papers the position papers by media id, with whether each is public
 */
public record WatchDraft(String slug, Kind kind, Stage stage, String reference, String institution,
		Map<Language, String> titles, Map<Language, String> summaries, LocalDate deadlineOn,
		Map<Language, String> deadlines, String privateNotes, boolean shownPublic, Map<Long, Boolean> papers) {

	/** Longest title and deadline text. */
	public static final int MAX_TITLE = 300;

	/** Longest public summary per language. */
	public static final int MAX_SUMMARY = 4000;

	/** Longest private notes. */
	public static final int MAX_NOTES = 10000;

	/** Longest reference. */
	public static final int MAX_REFERENCE = 100;

	/** Longest institution. */
	public static final int MAX_INSTITUTION = 200;

	/** Most position papers on one file. */
	public static final int MAX_PAPERS = 20;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	public WatchDraft {
		titles = Map.copyOf(titles);
		summaries = Map.copyOf(summaries);
		deadlines = Map.copyOf(deadlines);
		papers = Map.copyOf(papers);
	}

	/**
	 * Checks every rule.
	 * @throws WatchRefused naming the first rule broken
	 */
	public WatchDraft check() {
		if (this.slug == null || this.slug.length() > 80 || !SLUG.matcher(this.slug).matches()) {
			throw new WatchRefused("advocacy.watch.refused.slug");
		}
		if (this.kind == null) {
			throw new WatchRefused("advocacy.watch.refused.kind");
		}
		if (this.stage == null || !this.kind.allows(this.stage)) {
			throw new WatchRefused("advocacy.watch.refused.stage");
		}
		line(this.reference, MAX_REFERENCE, true, "advocacy.watch.refused.reference");
		line(this.institution, MAX_INSTITUTION, true, "advocacy.watch.refused.institution");
		for (Language language : Language.all()) {
			line(this.titles.get(language), MAX_TITLE, true, "advocacy.watch.refused.title");
			text(this.summaries.get(language), MAX_SUMMARY, this.shownPublic, "advocacy.watch.refused.summary");
			line(this.deadlines.get(language), MAX_TITLE, this.deadlineOn != null, "advocacy.watch.refused.deadline");
		}
		if (this.deadlineOn == null && this.deadlines.values().stream().anyMatch((text) -> !text.isBlank())) {
			throw new WatchRefused("advocacy.watch.refused.deadline");
		}
		text(this.privateNotes, MAX_NOTES, false, "advocacy.watch.refused.notes");
		if (this.papers.size() > MAX_PAPERS) {
			throw new WatchRefused("advocacy.watch.refused.papers");
		}
		return this;
	}

	private static void line(String value, int max, boolean required, String problem) {
		String text = (value != null) ? value : "";
		if ((required && text.isBlank()) || text.length() > max || text.contains("\n") || text.contains("\r")
				|| CONTROL.matcher(text).find()) {
			throw new WatchRefused(problem);
		}
	}

	private static void text(String value, int max, boolean required, String problem) {
		String text = (value != null) ? value : "";
		if ((required && text.isBlank()) || text.length() > max || CONTROL.matcher(text).find()) {
			throw new WatchRefused(problem);
		}
	}

}
