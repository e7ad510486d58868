package org.vigie.mobilisation.workshops;

import java.util.Map;
import java.util.UUID;

import org.vigie.site.Language;

/**
 * A project staff offer workshops for, such as the (Dé)clic prevention workshops.
 *
 * @param id the project
 * @param code a short stable name, used in published figures and events
 * @param names its name in each language
 * @param active whether the request form offers it
 */
public record Project(UUID id, String code, Map<Language, String> names, boolean active) {

	/** Its name in that language. */
	public String name(Language language) {
		return this.names.get(language);
	}

}
