package org.vigie.content.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.vigie.site.Language;

/**
 * Stores a {@link Language} as its two-letter code.
 */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

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
