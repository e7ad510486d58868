package org.vigie.advocacy.watch;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * Watched files for tests, each with names of its own so tests never see each other's.
 */
final class WatchDrafts {

	private WatchDrafts() {
	}

	/** A short unique word for slugs and titles. */
	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A valid draft: an EU procedure in committee, titled after the slug in each
	 * language.
	 */
	static WatchDraft draft(String slug, boolean shownPublic, String notes, LocalDate deadline,
			Map<Long, Boolean> papers) {
		return new WatchDraft(slug, Kind.EU_PROCEDURE, Stage.COMMITTEE, "2099/" + slug + "(COD)", "European Parliament",
				texts((language) -> "Title " + language.code() + " " + slug),
				texts((language) -> "Public summary " + language.code() + " " + slug), deadline,
				texts((language) -> (deadline != null) ? "Amendments " + language.code() : ""), notes, shownPublic,
				papers);
	}

	static Map<Language, String> texts(java.util.function.Function<Language, String> text) {
		Map<Language, String> texts = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> texts.put(language, text.apply(language)));
		return texts;
	}

	/** A small PDF unlike any other (the media library keeps one item per content). */
	static byte[] pdf() {
		String pdf = "%PDF-1.4\n%" + UUID.randomUUID() + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.ISO_8859_1);
	}

}
