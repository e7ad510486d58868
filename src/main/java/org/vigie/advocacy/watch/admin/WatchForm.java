package org.vigie.advocacy.watch.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.advocacy.watch.Kind;
import org.vigie.advocacy.watch.Paper;
import org.vigie.advocacy.watch.Stage;
import org.vigie.advocacy.watch.WatchDraft;
import org.vigie.advocacy.watch.WatchRefused;
import org.vigie.advocacy.watch.WatchedFile;
import org.vigie.site.FormValues;
import org.vigie.site.Language;

/**
 * The watched file's form as typed, kept to show it back when it is refused. Position
 * papers come as one field per media document, {@code paper_<id>}, worth {@code private}
 * or {@code public} (anything else leaves the document out).
 *
 * @param slug the public address's last part
 * @param kind the kind's name
 * @param stage the stage's name
 * @param reference the procedure or bill number
 * @param institution who holds it
 * @param titles the titles per language
 * @param summaries the public summaries per language
 * @param deadlineOn the next deadline as typed ({@code yyyy-MM-dd})
 * @param deadlines what is due then, per language
 * @param notes the private notes
 * @param shownPublic whether the public box is ticked
 * @param papers the chosen papers by media id, with whether each is public
 */
record WatchForm(String slug, String kind, String stage, String reference, String institution,
		Map<Language, String> titles, Map<Language, String> summaries, String deadlineOn,
		Map<Language, String> deadlines, String notes, boolean shownPublic, Map<Long, Boolean> papers) {

	/** Longer than any field may be, so an oversized value is refused by the rules. */
	static final int KEPT = WatchDraft.MAX_NOTES + 1;

	static WatchForm empty() {
		Map<Language, String> none = texts((language) -> "");
		return new WatchForm("", Kind.EU_PROCEDURE.name(), Stage.PROPOSAL.name(), "", "", none, none, "", none, "",
				false, Map.of());
	}

	static WatchForm of(WatchedFile file, List<Paper> papers) {
		Map<Long, Boolean> chosen = new LinkedHashMap<>();
		papers.forEach((paper) -> chosen.put(paper.mediaId(), paper.shownPublic()));
		return new WatchForm(file.slug(), file.kind().name(), file.stage().name(), file.reference(), file.institution(),
				file.titles(), file.summaries(), (file.deadlineOn() != null) ? file.deadlineOn().toString() : "",
				file.deadlines(), file.privateNotes(), file.shownPublic(), chosen);
	}

	static WatchForm from(Map<String, String> fields) {
		FormValues values = new FormValues(fields, KEPT);
		Map<Long, Boolean> papers = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.matches("paper_[0-9]{1,18}") && ("private".equals(value) || "public".equals(value))) {
				papers.put(Long.parseLong(name.substring("paper_".length())), "public".equals(value));
			}
		});
		return new WatchForm(values.text("slug"), values.text("kind"), values.text("stage"), values.text("reference"),
				values.text("institution"), texts((language) -> values.text("title_" + language.code())),
				texts((language) -> values.text("summary_" + language.code())), values.text("deadlineOn"),
				texts((language) -> values.text("deadline_" + language.code())), values.text("notes"),
				values.ticked("public"), papers);
	}

	/**
	 * The draft to store.
	 * @throws WatchRefused when a field cannot be read or breaks a rule
	 */
	WatchDraft draft() {
		Kind kindValue = parse(Kind.class, this.kind, "advocacy.watch.refused.kind");
		Stage stageValue = parse(Stage.class, this.stage, "advocacy.watch.refused.stage");
		LocalDate deadline = null;
		if (!this.deadlineOn.isEmpty()) {
			try {
				deadline = LocalDate.parse(this.deadlineOn);
			}
			catch (DateTimeParseException ex) {
				throw new WatchRefused("advocacy.watch.refused.deadline");
			}
			if (deadline.getYear() < 1990 || deadline.getYear() > 2100) {
				throw new WatchRefused("advocacy.watch.refused.deadline");
			}
		}
		return new WatchDraft(this.slug, kindValue, stageValue, this.reference, this.institution, this.titles,
				this.summaries, deadline, this.deadlines, this.notes, this.shownPublic, this.papers)
			.check();
	}

	public String title(Language language) {
		return this.titles.getOrDefault(language, "");
	}

	public String summary(Language language) {
		return this.summaries.getOrDefault(language, "");
	}

	public String deadline(Language language) {
		return this.deadlines.getOrDefault(language, "");
	}

	/** How a media document is chosen on the form: none, private or public. */
	public String paper(long mediaId) {
		Boolean shown = this.papers.get(mediaId);
		return (shown == null) ? "none" : (shown ? "public" : "private");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name, String problem) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			throw new WatchRefused(problem);
		}
	}

	private static Map<Language, String> texts(java.util.function.Function<Language, String> text) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, text.apply(language)));
		return texts;
	}

}
