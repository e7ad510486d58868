package org.vigie.learning.authoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.learning.decks.Audience;
import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.CardText;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckText;
import org.vigie.site.Language;

/**
 * Decks and forms the authoring tests store, each under a key of its own so that tests
 * sharing the context never meet.
 */
final class AuthoringFixtures {

	private AuthoringFixtures() {
	}

	/** A deck key no other test uses, starting with {@code prefix} and a hyphen. */
	static String key(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A published deck of {@code count} multiple-choice cards (answer: option 2). */
	static DeckDefinition deck(String key, int count) {
		Map<Language, DeckText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			texts.put(language, new DeckText("Deck " + key + " " + language.code(), key + "-" + language.code(),
					"Summary of " + key + " in " + language.code()));
		}
		List<CardDefinition> cards = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			cards.add(card("k" + i, "Question " + i));
		}
		return new DeckDefinition(key, Audience.PUBLIC, 0.9, 50, true, texts, cards);
	}

	static CardDefinition card(String key, String prompt) {
		Map<Language, CardText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			texts.put(language,
					new CardText(prompt + " (" + language.code() + ")",
							List.of("A " + language.code(), "B " + language.code(), "C " + language.code()),
							"Because " + language.code() + ".", "Reflex " + language.code() + "."));
		}
		return new CardDefinition(key, CardKind.MULTIPLE_CHOICE, 1, false, texts);
	}

	/** A deck form's fields, every language filled. */
	static Map<String, String> deckFields(String key) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", key);
		fields.put("audience", "PROFESSIONAL");
		fields.put("retention", "0.85");
		fields.put("position", "7");
		for (Language language : Language.all()) {
			fields.put("title_" + language.code(), "Hotel " + key + " " + language.code());
			fields.put("slug_" + language.code(), key + "-" + language.code());
			fields.put("summary_" + language.code(), "For hotel staff, " + language.code() + ".");
		}
		return fields;
	}

	/** A card form's fields, every language filled. */
	static Map<String, String> cardFields(String key, String kind, int answer, String prompt, String... options) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("key", key);
		fields.put("kind", kind);
		fields.put("answer", Integer.toString(answer));
		for (Language language : Language.all()) {
			String code = language.code();
			fields.put("prompt_" + code, prompt + " [" + code + "]");
			fields.put("options_" + code, String.join("\n", options.length == 0 ? new String[0]
					: java.util.Arrays.stream(options).map((option) -> option + " " + code).toArray(String[]::new)));
			fields.put("explanation_" + code, "Why, in " + code + ".");
			fields.put("reflex_" + code, "Call the line, in " + code + ".");
		}
		return fields;
	}

}
