package org.vigie.site;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Language} as its two-letter code, in every module's tables. It applies
 * itself to every language attribute; a map keyed by language names it for its keys.
 */
@Converter(autoApply = true)
public class LanguageColumn implements AttributeConverter<Language, String> {

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
