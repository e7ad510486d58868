package org.vigie.learning.print;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.vigie.learning.decks.Audience;
import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.CardText;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckRules;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.DeckText;
import org.vigie.site.Language;

/**
 * Decks the print tests store besides the trial deck: seventeen cards in words with
 * accents, one unpublished, one whose every text is as long as the rules allow. Each card
 * carries markers ({@code Q07} on its front, {@code R07} on its back) to find it on a
 * page.
 */
final class PrintDecks {

	static final String ACCENTS = "print-accents";

	static final String HIDDEN = "print-hidden";

	static final String LONGEST = "print-longest";

	private PrintDecks() {
	}

	/**
	 * Seventeen cards; French, Dutch and English words with accents and typographic
	 * quotes.
	 */
	static void accents(DeckStore store) {
		save(store, ACCENTS, true, Map
			.of(Language.FR, new DeckText("Réflexes à l’étranger", "impression-accents", "Résumé."), Language.NL,
					new DeckText("Reflexen in België", "afdruk-accenten",
							"Ideeën."),
					Language.EN, new DeckText("Café reflexes", "print-accents", "Naïve résumé.")),
				17,
				(n) -> Map.of(Language.FR,
						new CardText(marker('Q', n) + " L’enfant est seul à l’hôtel, « que faites-vous » ?",
								List.of("Prévenir la réception", "Ne rien faire", "Appeler la police fédérale"),
								marker('R', n) + " Une réaction rapide et discrète protège l’enfant.",
								"Observer, noter, signaler."),
						Language.NL,
						new CardText(marker('Q', n) + " Een kind is alleen in een hotel in België: wat zijn uw ideeën?",
								List.of("De receptie waarschuwen", "Niets doen", "De federale politie bellen"),
								marker('R', n) + " Snel en discreet reageren beschermt het kind, ook in Brussel.",
								"Kijken, noteren, melden."),
						Language.EN,
						new CardText(marker('Q', n) + " A child sits alone in the hotel café: what do you do?",
								List.of("Tell the front desk", "Do nothing", "Call the police"),
								marker('R', n) + " A quick, discreet reaction protects the child; not a naïve one.",
								"Look, note, report.")));
	}

	/** A published deck stored unpublished. */
	static void hidden(DeckStore store) {
		save(store, HIDDEN, false,
				Map.of(Language.FR, new DeckText("Caché", "cache-impression", "Caché."), Language.NL,
						new DeckText("Verborgen", "verborgen-afdruk", "Verborgen."), Language.EN,
						new DeckText("Hidden", "hidden-print", "Hidden.")),
				2, (n) -> Map.of(Language.FR, plain(n), Language.NL, plain(n), Language.EN, plain(n)));
	}

	/**
	 * Nine cards (two sheets, four pages) whose every text is as long as the rules allow:
	 * words of ordinary length, one endless word without spaces, characters the font
	 * lacks, and five options to a card.
	 */
	static void longest(DeckStore store) {
		String title = fill("Titre très long ", DeckRules.MAX_TITLE);
		save(store, LONGEST, true,
				Map.of(Language.FR, new DeckText(title, "impression-longue", "Long."), Language.NL,
						new DeckText(title, "lange-afdruk", "Lang."), Language.EN,
						new DeckText(title, "longest-print", "Long.")),
				9, (n) -> {
					String word = switch (n % 3) {
						case 0 -> "Déclaration ";
						case 1 -> "W";
						default -> "漢字🙂 ";
					};
					CardText text = new CardText(fill(word, DeckRules.MAX_PROMPT),
							List.of(fill(word, DeckRules.MAX_OPTION), fill(word, DeckRules.MAX_OPTION),
									fill(word, DeckRules.MAX_OPTION), fill(word, DeckRules.MAX_OPTION),
									fill(word, DeckRules.MAX_OPTION)),
							fill(word, DeckRules.MAX_EXPLANATION), fill(word, DeckRules.MAX_REFLEX));
					return Map.of(Language.FR, text, Language.NL, text, Language.EN, text);
				});
	}

	private static void save(DeckStore store, String key, boolean published, Map<Language, DeckText> texts, int count,
			IntFunction<Map<Language, CardText>> card) {
		if (store.byKey(key).isPresent()) {
			return;
		}
		List<CardDefinition> cards = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			CardKind kind = (n % 3 == 0) ? CardKind.SCENARIO : CardKind.MULTIPLE_CHOICE;
			int options = card.apply(n).get(Language.EN).options().size();
			cards.add(new CardDefinition("c" + n, kind, n % options, n % 2 == 0, card.apply(n)));
		}
		store.save(new DeckDefinition(key, Audience.PUBLIC, 0.9, 90, published, texts, cards), Instant.now());
	}

	private static CardText plain(int n) {
		return new CardText(marker('Q', n) + " Prompt", List.of("One", "Two"), marker('R', n) + " Why.", "Reflex.");
	}

	static String marker(char side, int n) {
		return side + String.format("%02d", n);
	}

	private static String fill(String word, int length) {
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			text.append(word);
		}
		String cut = text.substring(0, length);
		// Never half an emoji: a lone surrogate is no text.
		return (Character.isHighSurrogate(cut.charAt(length - 1)) ? cut.substring(0, length - 1) : cut).strip();
	}

}
