package org.vigie.learning.print;

import java.io.Closeable;
import java.io.IOException;

/**
 * The regular and bold faces the cards are printed in, for one document.
 *
 * @param regular the regular face
 * @param bold the bold face
 */
record Typeface(CardFont regular, CardFont bold) implements Closeable, TextFitter.Measure {

	/** What a character the typeface lacks prints as. */
	static final int MISSING = '?';

	CardFont face(boolean isBold) {
		return isBold ? this.bold : this.regular;
	}

	@Override
	public float width(String text, boolean isBold, float size) {
		return face(isBold).width(text, size);
	}

	/**
	 * The text with every character both faces can draw, anything else (an emoji, a
	 * script DejaVu lacks) as {@value #MISSING}, control characters as spaces: drawing a
	 * character without a glyph would fail the whole document.
	 */
	String drawable(String text) {
		StringBuilder drawable = new StringBuilder(text.length());
		text.codePoints().forEach((codePoint) -> {
			if (codePoint == '\n') {
				drawable.append('\n');
			}
			else if (Character.isISOControl(codePoint)) {
				drawable.append(' ');
			}
			else if (this.regular.draws(codePoint) && this.bold.draws(codePoint)) {
				drawable.appendCodePoint(codePoint);
			}
			else {
				drawable.appendCodePoint(MISSING);
			}
		});
		return drawable.toString();
	}

	@Override
	public void close() throws IOException {
		try {
			this.regular.close();
		}
		finally {
			this.bold.close();
		}
	}

}
