package org.vigie.advocacy.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * One recorded version of what the NGO says about one member state and one provision,
 * with its evidence. Rows are never changed: a new status is a new row with a later
 * {@code validFrom}; a correction is a new row with the same {@code validFrom} that
 * closes the row it corrects ({@code supersededAt}).
 *
 * @param id its id
 * @param provisionId the provision
 * @param state the member state (ISO 3166 alpha-2)
 * @param status the status
 * @param validFrom from when it is true (valid time)
 * @param reviewedOn when staff last checked it
 * @param measure the national measure it rests on
 * @param quote the words of the measure, in the original language, with glosses
 * @param notes a note per language (may be empty)
 * @param source the document it rests on
 * @param recordedAt when it was recorded (transaction time)
 * @param recordedBy who recorded it (a staff member's address, or "import", "demo")
 * @param supersededAt when a correction replaced it, or null while it stands
 * @param correctionOf the row it corrects, or null
 */
public record Assessment(UUID id, UUID provisionId, String state, Status status, LocalDate validFrom,
		LocalDate reviewedOn, Measure measure, Quote quote, Map<Language, String> notes, Source source,
		Instant recordedAt, String recordedBy, Instant supersededAt, UUID correctionOf) {

	public Assessment {
		notes = Map.copyOf(notes);
	}

	/** Its note in a language, or an empty string. */
	public String note(Language language) {
		return this.notes.getOrDefault(language, "");
	}

	/**
	 * The national measure.
	 *
	 * @param title its title
	 * @param celex its CELEX number for national measures (such as
	 * {@code 72011L0093BEL_201412345}), or null
	 * @param address its ELI or official address, or null
	 * @param article the exact article, such as "Art. 433quinquies Code pénal", or null
	 */
	public record Measure(String title, String celex, String address, String article) {

		/** A measure with nothing known. */
		public static final Measure NONE = new Measure(null, null, null, null);

	}

	/**
	 * A short quote of the measure in its original language, glossed in the site's.
	 *
	 * @param text the quote, or null
	 * @param language the quote's language as a BCP 47 tag (such as {@code de}), or null
	 * @param glosses what it says, per site language
	 */
	public record Quote(String text, String language, Map<Language, String> glosses) {

		/** No quote. */
		public static final Quote NONE = new Quote(null, null, Map.of());

		public Quote {
			glosses = Map.copyOf(glosses);
		}

		/** Its gloss in a language, or an empty string. */
		public String gloss(Language language) {
			return this.glosses.getOrDefault(language, "");
		}

	}

	/**
	 * The document an assessment rests on.
	 *
	 * @param kind what kind of document
	 * @param address its public address, or null
	 * @param label how to cite it (title, reference, date), or null
	 */
	public record Source(SourceKind kind, String address, String label) {

		/** No source (only for a provision not assessed). */
		public static final Source NONE = new Source(SourceKind.NONE, null, null);

		/**
		 * Whether it names a document: a kind other than none, and an address or a label.
		 */
		public boolean named() {
			return this.kind != SourceKind.NONE && ((this.address != null && !this.address.isBlank())
					|| (this.label != null && !this.label.isBlank()));
		}

	}

}
