package org.vigie.mobilisation.events;

import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A question an event asks the people who register.
 *
 * @param id its identifier (the form's field is named after it)
 * @param kind what it is about
 * @param labels its wording in each language
 * @param required whether a registration needs an answer
 * @param order lower comes first on the form
 */
public record Question(UUID id, QuestionKind kind, Map<Language, String> labels, boolean required, int order) {

	/** The longest answer kept, in characters. */
	public static final int MAX_ANSWER = 1000;

	/** Its wording in a language. */
	public String label(Language language) {
		return this.labels.get(language);
	}

	/** The name of its field on the registration form. */
	public String field() {
		return "q_" + this.id;
	}

}
