package org.vigie.learning.print;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Light marks showing where to cut: short ticks in the margins in line with every edge
 * between cards, and small crosses where four cards meet. Nothing is drawn over the
 * cards' text.
 */
final class CutMarks {

	private static final float TICK = 14f;

	private static final float CROSS = 4f;

	private static final float GREY = 0.6f;

	private CutMarks() {
	}

	static void draw(PDPageContentStream content) throws IOException {
		float left = SheetGrid.MARGIN;
		float bottom = SheetGrid.MARGIN;
		float right = SheetGrid.PAGE.getWidth() - SheetGrid.MARGIN;
		float top = SheetGrid.PAGE.getHeight() - SheetGrid.MARGIN;
		content.saveGraphicsState();
		content.setStrokingColor(GREY, GREY, GREY);
		content.setLineWidth(0.3f);
		for (int column = 0; column <= SheetGrid.COLUMNS; column++) {
			float x = left + column * SheetGrid.CARD_WIDTH;
			line(content, x, top + 2, x, top + 2 + TICK);
			line(content, x, bottom - 2, x, bottom - 2 - TICK);
		}
		for (int row = 0; row <= SheetGrid.ROWS; row++) {
			float y = top - row * SheetGrid.CARD_HEIGHT;
			line(content, left - 2, y, left - 2 - TICK, y);
			line(content, right + 2, y, right + 2 + TICK, y);
		}
		for (int column = 1; column < SheetGrid.COLUMNS; column++) {
			for (int row = 1; row < SheetGrid.ROWS; row++) {
				float x = left + column * SheetGrid.CARD_WIDTH;
				float y = top - row * SheetGrid.CARD_HEIGHT;
				line(content, x - CROSS, y, x + CROSS, y);
				line(content, x, y - CROSS, x, y + CROSS);
			}
		}
		content.stroke();
		content.restoreGraphicsState();
	}

	private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
		content.moveTo(x1, y1);
		content.lineTo(x2, y2);
	}

}
