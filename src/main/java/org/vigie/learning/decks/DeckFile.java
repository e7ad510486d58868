package org.vigie.learning.decks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vigie.site.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a deck from its YAML file, the format the demo decks are written in and trainers
 * import (see {@code docs/learning.md}). The file is read with every guard on: at most
 * {@value #MAX_BYTES} bytes of UTF-8, no aliases, no duplicate keys, no custom types, a
 * bounded depth. A file that breaks any rule is refused with {@link DeckRefused}; what it
 * says is then checked by {@link DeckRules}.
 */
public final class DeckFile {

	/** The largest file read: about four times the largest deck allowed. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private DeckFile() {
	}

	/**
	 * Reads and checks a deck file.
	 * @param in the file, closed by the caller
	 * @return the deck it describes
	 * @throws DeckRefused when it is too large, not YAML, not a deck or breaks a rule
	 * @throws IOException when it cannot be read
	 */
	public static DeckDefinition read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new DeckRefused("learning.deck.problem.fileTooLarge", MAX_BYTES / (1024 * 1024));
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new DeckRefused("learning.deck.problem.notUtf8");
		}
		DeckDefinition deck = parse(new StringReader(text));
		DeckRules.check(deck);
		return deck;
	}

	private static DeckDefinition parse(Reader reader) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(0);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(10);
		options.setCodePointLimit(MAX_BYTES);
		Object document;
		try {
			document = new Yaml(new SafeConstructor(options)).load(reader);
		}
		catch (YAMLException ex) {
			throw new DeckRefused("learning.deck.problem.notYaml");
		}
		Map<?, ?> root = map(document, "deck");
		Map<Language, DeckText> texts = new EnumMap<>(Language.class);
		Map<?, ?> deckTexts = map(root.get("texts"), "texts");
		for (Language language : Language.all()) {
			Object value = deckTexts.get(language.code());
			if (value != null) {
				Map<?, ?> text = map(value, "texts." + language.code());
				texts.put(language, new DeckText(string(text, "title"), string(text, "slug"), string(text, "summary")));
			}
		}
		List<?> cardList = list(root.get("cards"), "cards");
		if (cardList.size() > DeckRules.MAX_CARDS) {
			throw new DeckRefused("learning.deck.problem.tooManyCards", cardList.size(), DeckRules.MAX_CARDS);
		}
		List<CardDefinition> cards = new ArrayList<>(cardList.size());
		for (int i = 0; i < cardList.size(); i++) {
			cards.add(card(map(cardList.get(i), "cards[" + i + "]")));
		}
		return new DeckDefinition(string(root, "key"), enumValue(Audience.class, root.get("audience"), "audience"),
				number(root.get("retention"), "retention").doubleValue(),
				((root.get("position") != null) ? number(root.get("position"), "position").intValue() : 0),
				!Boolean.FALSE.equals(root.get("published")), texts, cards);
	}

	private static CardDefinition card(Map<?, ?> card) {
		Map<Language, CardText> texts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			Object value = card.get(language.code());
			if (value != null) {
				Map<?, ?> text = map(value, "card." + language.code());
				List<String> options = new ArrayList<>();
				if (text.get("options") != null) {
					for (Object option : list(text.get("options"), "options")) {
						options.add(String.valueOf(option));
					}
				}
				texts.put(language, new CardText(string(text, "prompt"), options, string(text, "explanation"),
						string(text, "reflex")));
			}
		}
		return new CardDefinition(string(card, "key"), enumValue(CardKind.class, card.get("kind"), "kind"),
				number(card.get("answer"), "answer").intValue(), Boolean.TRUE.equals(card.get("report")), texts);
	}

	private static Map<?, ?> map(Object value, String where) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new DeckRefused("learning.deck.problem.shape", where);
	}

	private static List<?> list(Object value, String where) {
		if (value instanceof List<?> list) {
			return list;
		}
		throw new DeckRefused("learning.deck.problem.shape", where);
	}

	private static String string(Map<?, ?> map, String key) {
		Object value = map.get(key);
		if (value == null || value instanceof Map || value instanceof List) {
			return null;
		}
		return String.valueOf(value).strip();
	}

	private static Number number(Object value, String where) {
		if (value instanceof Number number) {
			return number;
		}
		throw new DeckRefused("learning.deck.problem.shape", where);
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String where) {
		if (value instanceof String name) {
			try {
				return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new DeckRefused("learning.deck.problem.shape", where);
			}
		}
		throw new DeckRefused("learning.deck.problem.shape", where);
	}

}
