package org.vigie.learning.print;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face of the cards' typeface in one document: what it can draw, and how wide. Widths
 * are kept per character, since a card's text is measured many times while it is fitted.
 */
final class CardFont implements Closeable {

	private final TrueTypeFont file;

	private final PDType0Font font;

	private final org.apache.fontbox.ttf.CmapLookup characters;

	private final Map<Integer, Float> widths = new HashMap<>();

	private CardFont(TrueTypeFont file, PDType0Font font) throws IOException {
		this.file = file;
		this.font = font;
		this.characters = file.getUnicodeCmapLookup();
	}

	static CardFont load(PDDocument document, TrueTypeFont file) throws IOException {
		try {
			// No ligatures: "fl" drawn as one glyph would be read back, copied and spoken
			// as "ﬂ", and would not be as wide as the characters measured.
			file.setEnableGsub(false);
			return new CardFont(file, PDType0Font.load(document, file, true));
		}
		catch (IOException | RuntimeException ex) {
			file.close();
			throw ex;
		}
	}

	PDType0Font pdf() {
		return this.font;
	}

	/** Whether this face has a glyph for the character. */
	boolean draws(int codePoint) {
		return this.characters.getGlyphId(codePoint) > 0;
	}

	/** Width in points of text made only of characters this face draws. */
	float width(String text, float size) {
		float thousandths = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			thousandths += this.widths.computeIfAbsent(codePoint, this::glyphWidth);
			i += Character.charCount(codePoint);
		}
		return thousandths * size / 1000f;
	}

	private float glyphWidth(int codePoint) {
		try {
			return this.font.getStringWidth(Character.toString(codePoint));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.file.close();
	}

}
