package org.vigie.site;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every top-level address word the modules declare, by language. Content asks it before
 * giving a page a slug, so a page can never hide a module's address; a word claimed by
 * two modules stops the start.
 */
@Component
public class ReservedWords {

	private final Map<Language, Map<String, String>> owners = new EnumMap<>(Language.class);

	public ReservedWords(List<TopLevelWords> declarations) {
		for (Language language : Language.values()) {
			Map<String, String> words = new HashMap<>();
			for (TopLevelWords declaration : declarations) {
				for (String word : declaration.in(language)) {
					String earlier = words.putIfAbsent(word, declaration.module());
					if (earlier != null && !earlier.equals(declaration.module())) {
						throw new IllegalStateException("The address /" + language.code() + "/" + word
								+ " is claimed by both " + earlier + " and " + declaration.module());
					}
				}
			}
			this.owners.put(language, Map.copyOf(words));
		}
	}

	/** Whether {@code word} starts a module's addresses in this language. */
	public boolean isReserved(Language language, String word) {
		return owner(language, word).isPresent();
	}

	/** The module whose addresses start with {@code word} in this language. */
	public Optional<String> owner(Language language, String word) {
		return Optional.ofNullable(this.owners.get(language).get(word.toLowerCase(Locale.ROOT)));
	}

}
