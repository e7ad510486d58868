package org.vigie.learning.print;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where cards sit on an A4 sheet: two columns of four rows, edge to edge inside equal
 * margins, so that one straight cut separates two cards. Backs are laid out mirrored left
 * to right: a sheet printed on both sides and turned over its long edge brings each
 * card's back behind its front.
 */
final class SheetGrid {

	static final PDRectangle PAGE = PDRectangle.A4;

	static final int COLUMNS = 2;

	static final int ROWS = 4;

	static final int CARDS_PER_SHEET = COLUMNS * ROWS;

	/** 10 mm: inside what most printers can print, wide enough for the cut marks. */
	static final float MARGIN = 28.35f;

	/** Space between a card's edge and its text, about 5 mm. */
	static final float PADDING = 14f;

	static final float CARD_WIDTH = (PAGE.getWidth() - 2 * MARGIN) / COLUMNS;

	static final float CARD_HEIGHT = (PAGE.getHeight() - 2 * MARGIN) / ROWS;

	private SheetGrid() {
	}

	/**
	 * The card at {@code index} on its sheet (0 to 7, row by row).
	 * @param index its place on the sheet
	 * @param back whether the back is drawn, mirrored
	 * @return its rectangle, in PDF coordinates (origin at the bottom left)
	 */
	static PDRectangle card(int index, boolean back) {
		int row = index / COLUMNS;
		int column = index % COLUMNS;
		if (back) {
			column = COLUMNS - 1 - column;
		}
		float x = MARGIN + column * CARD_WIDTH;
		float y = PAGE.getHeight() - MARGIN - (row + 1) * CARD_HEIGHT;
		return new PDRectangle(x, y, CARD_WIDTH, CARD_HEIGHT);
	}

	/** Where the text of a card goes: the card less its padding. */
	static PDRectangle content(PDRectangle card) {
		return new PDRectangle(card.getLowerLeftX() + PADDING, card.getLowerLeftY() + PADDING,
				card.getWidth() - 2 * PADDING, card.getHeight() - 2 * PADDING);
	}

}
