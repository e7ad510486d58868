package org.vigie.mobilisation.events.calendar;

/**
 * Folds content lines as RFC 5545 (3.1) asks: at most 75 octets of UTF-8 a line, the rest
 * on continuation lines that start with a space, every line ending in CRLF. A character
 * (an accent, an emoji) is never cut in two, which folding by characters or by bytes
 * alone would do.
 */
final class ContentLines {

	static final int MAX_OCTETS = 75;

	private ContentLines() {
	}

	static String fold(String unfolded) {
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
		for (String line : unfolded.split("\r?\n")) {
			if (!line.isEmpty()) {
				foldLine(line, folded);
			}
		}
		return folded.toString();
	}

	private static void foldLine(String line, StringBuilder folded) {
		int octets = 0;
		int index = 0;
		while (index < line.length()) {
			int codePoint = line.codePointAt(index);
			int size = utf8Length(codePoint);
			if (octets + size > MAX_OCTETS) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += size;
			index += Character.charCount(codePoint);
		}
		folded.append("\r\n");
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
