package org.vigie.learning.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines no wider than a width: between words where it can, inside
 * a word only when the word alone is wider than a line (a long address, or text typed
 * without spaces).
 */
final class LineBreaker {

	private final TextFitter.Measure measure;

	private final boolean bold;

	private final float size;

	LineBreaker(TextFitter.Measure measure, boolean bold, float size) {
		this.measure = measure;
		this.bold = bold;
		this.size = size;
	}

	/** The lines of {@code text}, at least one. */
	List<String> lines(String text, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.strip().split(" +")) {
				if (word.isEmpty()) {
					continue;
				}
				String longer = line.isEmpty() ? word : line + " " + word;
				if (width(longer) <= width) {
					line.setLength(0);
					line.append(longer);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(splitLongWord(word, width, lines));
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * Adds to {@code lines} the full-width pieces of a word too long for one line, and
	 * returns the piece that is left, which starts the next line.
	 */
	private String splitLongWord(String word, float width, List<String> lines) {
		String rest = word;
		while (width(rest) > width) {
			int end = 0;
			float used = 0;
			while (end < rest.length()) {
				int next = rest.offsetByCodePoints(end, 1);
				float glyph = width(rest.substring(end, next));
				if (used + glyph > width && end > 0) {
					break;
				}
				used += glyph;
				end = next;
			}
			lines.add(rest.substring(0, end));
			rest = rest.substring(end);
		}
		return rest;
	}

	private float width(String text) {
		return this.measure.width(text, this.bold, this.size);
	}

}
