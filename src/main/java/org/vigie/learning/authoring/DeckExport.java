package org.vigie.learning.authoring;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.CardText;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckText;
import org.vigie.site.Language;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a deck as the YAML file {@code DeckFile} reads: the same keys, in the order a
 * person reading the file expects, so that exporting then importing a deck changes
 * nothing.
 */
final class DeckExport {

	private DeckExport() {
	}

	static String yaml(DeckDefinition deck) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("key", deck.key());
		root.put("audience", deck.audience().name());
		root.put("retention", deck.desiredRetention());
		root.put("position", deck.position());
		root.put("published", deck.published());
		Map<String, Object> texts = new LinkedHashMap<>();
		for (Language language : Language.all()) {
			DeckText text = deck.texts().get(language);
			Map<String, Object> words = new LinkedHashMap<>();
			words.put("title", text.title());
			words.put("slug", text.slug());
			words.put("summary", text.summary());
			texts.put(language.code(), words);
		}
		root.put("texts", texts);
		root.put("cards", deck.cards().stream().map(DeckExport::card).toList());
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(120);
		return new Yaml(options).dump(root);
	}

	private static Map<String, Object> card(CardDefinition card) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("key", card.key());
		fields.put("kind", card.kind().name());
		fields.put("answer", card.answer());
		fields.put("report", card.linksReport());
		for (Language language : Language.all()) {
			CardText text = card.texts().get(language);
			Map<String, Object> words = new LinkedHashMap<>();
			words.put("prompt", text.prompt());
			if (card.kind() != CardKind.TRUE_FALSE) {
				words.put("options", text.options());
			}
			words.put("explanation", text.explanation());
			words.put("reflex", text.reflex());
			fields.put(language.code().toLowerCase(Locale.ROOT), words);
		}
		return fields;
	}

}
