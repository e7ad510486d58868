package org.vigie.learning.decks;

/**
 * A deck's words in one language.
 *
 * @param title the deck's name, at most 80 characters
 * @param slug the last word of its address in that language
 * ({@code /en/cards/travellers})
 * @param summary what the deck is about, at most 300 characters
 */
public record DeckText(String title, String slug, String summary) {

}
