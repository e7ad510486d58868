package org.vigie.media.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.vigie.site.Language;

/**
 * Stores a {@link Language} as its two-letter code. Applied where named only: the content
 * module's converter applies itself to every language attribute already.
 */
@Converter
public class LanguageCodeConverter implements AttributeConverter<Language, String> {

	@Override
	public String convertToDatabaseColumn(Language language) {
		return (language != null) ? language.code() : null;
	}

	@Override
	public Language convertToEntityAttribute(String code) {
		return (code != null) ? Language.fromCode(code)
			.orElseThrow(() -> new IllegalStateException("Unknown language in database: " + code)) : null;
	}

}
