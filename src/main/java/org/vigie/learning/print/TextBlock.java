package org.vigie.learning.print;

/**
 * A paragraph on one face of a card, before it is fitted into the card.
 *
 * @param label drawn before the first line in bold, the lines hanging after it
 * ({@code "B."}), or an empty string
 * @param text the words, {@code \n} starting a new line
 * @param bold whether the words are bold
 * @param muted whether they are grey (the deck's name, addresses)
 * @param size the font size in points when there is room
 * @param gapBefore the space above the paragraph in points when there is room
 */
record TextBlock(String label, String text, boolean bold, boolean muted, float size, float gapBefore) {

	static TextBlock of(String text, float size, float gapBefore) {
		return new TextBlock("", text, false, false, size, gapBefore);
	}

	TextBlock inBold() {
		return new TextBlock(this.label, this.text, true, this.muted, this.size, this.gapBefore);
	}

	TextBlock inGrey() {
		return new TextBlock(this.label, this.text, this.bold, true, this.size, this.gapBefore);
	}

	TextBlock labelled(String label) {
		return new TextBlock(label, this.text, this.bold, this.muted, this.size, this.gapBefore);
	}

}
