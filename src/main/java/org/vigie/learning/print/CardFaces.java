package org.vigie.learning.print;

import java.util.ArrayList;
import java.util.List;

/**
 * What each face of a printed card says, as paragraphs with their sizes. The front asks:
 * the deck's name and the card's number small, the kind of question, the prompt, the
 * options. The back answers: the right option, why, the reflex, where to report when the
 * card leads there; the address to learn the deck online sits at its foot.
 */
final class CardFaces {

	private final PrintedDeck deck;

	private final Typeface typeface;

	CardFaces(PrintedDeck deck, Typeface typeface) {
		this.deck = deck;
		this.typeface = typeface;
	}

	List<TextBlock> front(PrintedCard card) {
		List<TextBlock> blocks = new ArrayList<>();
		blocks.add(heading(card));
		blocks.add(TextBlock.of(words(card.kind()), 7.5f, 5f).inBold().inGrey());
		blocks.add(TextBlock.of(words(card.prompt()), 10f, 3f).inBold());
		for (int i = 0; i < card.options().size(); i++) {
			TextBlock option = TextBlock.of(words(card.options().get(i)), 9f, (i == 0) ? 6f : 2.5f);
			blocks.add(card.lettered() ? option.labelled(PrintedCard.letter(i) + ".") : option.labelled("□"));
		}
		return blocks;
	}

	List<TextBlock> back(PrintedCard card) {
		List<TextBlock> blocks = new ArrayList<>();
		blocks.add(heading(card));
		blocks.add(TextBlock.of(words(this.deck.labels().answer()), 7.5f, 5f).inBold().inGrey());
		blocks.add(TextBlock.of(words(card.answer()), 9.5f, 1.5f).inBold());
		blocks.add(TextBlock.of(words(card.explanation()), 8.5f, 5f));
		blocks.add(TextBlock.of(words(this.deck.labels().reflex() + " " + card.reflex()), 9f, 5f).inBold());
		if (card.reportAddress() != null) {
			blocks.add(TextBlock.of(words(this.deck.labels().report() + " " + card.reportAddress()), 7.5f, 5f));
		}
		return blocks;
	}

	/** The back's foot: where to learn the deck online. */
	List<TextBlock> backFoot() {
		return List
			.of(TextBlock.of(words(this.deck.labels().online() + " " + this.deck.onlineAddress()), 6.5f, 0).inGrey());
	}

	private TextBlock heading(PrintedCard card) {
		return TextBlock.of(words(this.deck.title() + " · " + card.number() + "/" + this.deck.cards().size()), 6.5f, 0)
			.inGrey();
	}

	private String words(String text) {
		return this.typeface.drawable(text);
	}

}
