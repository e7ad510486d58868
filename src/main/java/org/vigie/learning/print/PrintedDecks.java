package org.vigie.learning.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.CardText;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers what a download holds: a published deck's cards in one language, with the words
 * and addresses printed around them. Learners' progress is never read here, so no
 * download can hold any.
 */
@Component
class PrintedDecks {

	private final DeckStore decks;

	private final MessageSource messages;

	private final SiteProperties site;

	PrintedDecks(DeckStore decks, MessageSource messages, SiteProperties site) {
		this.decks = decks;
		this.messages = messages;
		this.site = site;
	}

	/**
	 * The published deck at {@code slug} in {@code language}, if it exists and has cards.
	 */
	Optional<PrintedDeck> of(Language language, String slug) {
		return this.decks.publishedBySlug(language, slug)
			.map((deck) -> printed(language, deck))
			.filter((deck) -> !deck.cards().isEmpty());
	}

	private PrintedDeck printed(Language language, Deck deck) {
		List<PrintedCard> cards = new ArrayList<>();
		for (StudyCard card : this.decks.cards(deck.id())) {
			cards.add(card(language, card, cards.size() + 1));
		}
		PrintedDeck.Labels labels = new PrintedDeck.Labels(text("learning.print.answer", language),
				text("learning.print.reflex", language), text("learning.print.report", language),
				text("learning.print.online", language));
		return new PrintedDeck(deck.key(), deck.text(language).slug(), language, deck.text(language).title(),
				this.site.absolute(CardsPaths.deck(language, deck)), labels, cards);
	}

	private PrintedCard card(Language language, StudyCard card, int number) {
		CardText text = card.text(language);
		boolean trueFalse = card.kind() == CardKind.TRUE_FALSE;
		List<String> options = trueFalse
				? List.of(text("learning.card.true", language), text("learning.card.false", language)) : text.options();
		String answer = options.get(card.answer());
		if (!trueFalse) {
			answer = PrintedCard.letter(card.answer()) + ". " + answer;
		}
		return new PrintedCard(number, card.key(), text("learning.kind." + card.kind().name(), language), text.prompt(),
				options, !trueFalse, answer, text.explanation(), text.reflex(),
				card.linksReport() ? this.site.absolute(CardsPaths.reportLine(language)) : null);
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
