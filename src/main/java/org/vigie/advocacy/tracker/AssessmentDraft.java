package org.vigie.advocacy.tracker;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * What staff (or an import) send to record an assessment; checked by
 * {@link TrackerStore#record} before anything is written.
 *
 * @param provisionId the provision
 * @param state the member state (ISO 3166 alpha-2, upper case)
 * @param status the status
 * @param validFrom from when it is true
 * @param reviewedOn when it was last checked
 * @param measure the national measure
 * @param quote the quote and its glosses
 * @param notes a note per language
 * @param source the document it rests on (required unless not assessed)
 */
public record AssessmentDraft(UUID provisionId, String state, Status status, LocalDate validFrom, LocalDate reviewedOn,
		Assessment.Measure measure, Assessment.Quote quote, Map<Language, String> notes, Assessment.Source source) {

	public AssessmentDraft {
		notes = (notes != null) ? Map.copyOf(notes) : Map.of();
		measure = (measure != null) ? measure : Assessment.Measure.NONE;
		quote = (quote != null) ? quote : Assessment.Quote.NONE;
		source = (source != null) ? source : Assessment.Source.NONE;
	}

}
