package org.vigie.learning.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits paragraphs into a box that must never overflow: words are wrapped to its width;
 * when they are too many for its height, every font size shrinks step by step down to
 * {@link #MIN_SIZE}; when they still do not fit, the paragraph with the most lines loses
 * its last one, again and again, and each paragraph cut this way ends with an ellipsis.
 * Cutting the longest first keeps a little of every paragraph rather than dropping the
 * last ones whole.
 */
final class TextFitter {

	/** The smallest size text shrinks to, in points: still legible once printed. */
	static final float MIN_SIZE = 6f;

	/** Distance between baselines, as a multiple of the font size. */
	static final float LEADING = 1.22f;

	/** From the top of a line to its baseline, as a multiple of the font size. */
	static final float ASCENT = 0.95f;

	private static final float STEP = 0.05f;

	private static final String ELLIPSIS = "…";

	private final Measure measure;

	TextFitter(Measure measure) {
		this.measure = measure;
	}

	/**
	 * Lays {@code blocks} out in a box.
	 * @param blocks the paragraphs, top to bottom
	 * @param width the box's width in points
	 * @param height the box's height in points
	 * @return the lines to draw, placed from the box's top left corner
	 */
	List<PlacedLine> fit(List<TextBlock> blocks, float width, float height) {
		float largest = 0;
		for (TextBlock block : blocks) {
			largest = Math.max(largest, block.size());
		}
		float scale = 1f;
		List<Wrapped> wrapped = wrap(blocks, width, scale);
		while (height(wrapped) > height && largest * scale > MIN_SIZE) {
			scale = Math.max(scale - STEP, MIN_SIZE / largest);
			wrapped = wrap(blocks, width, scale);
		}
		cut(wrapped, height);
		return place(wrapped);
	}

	private List<Wrapped> wrap(List<TextBlock> blocks, float width, float scale) {
		List<Wrapped> wrapped = new ArrayList<>();
		for (TextBlock block : blocks) {
			float size = Math.max(MIN_SIZE, block.size() * scale);
			size = Math.min(size, block.size());
			float indent = block.label().isEmpty() ? 0 : this.measure.width(block.label() + " ", true, size);
			List<String> lines = new LineBreaker(this.measure, block.bold(), size).lines(block.text(),
					Math.max(width - indent, size));
			wrapped.add(new Wrapped(block, size, block.gapBefore() * scale, indent, width - indent, lines));
		}
		return wrapped;
	}

	private void cut(List<Wrapped> wrapped, float height) {
		while (height(wrapped) > height) {
			Wrapped longest = null;
			for (Wrapped block : wrapped) {
				if (block.lines.size() > 1 && (longest == null || block.lines.size() > longest.lines.size())) {
					longest = block;
				}
			}
			if (longest == null) {
				// Every paragraph is down to one line: the last ones go.
				wrapped.removeLast();
				continue;
			}
			longest.lines.removeLast();
			longest.cut = true;
		}
		for (Wrapped block : wrapped) {
			if (block.cut) {
				int last = block.lines.size() - 1;
				block.lines.set(last, ellipsis(block.lines.get(last), block));
			}
		}
	}

	private String ellipsis(String line, Wrapped block) {
		String kept = line.stripTrailing();
		while (!kept.isEmpty()
				&& this.measure.width(kept + ELLIPSIS, block.block.bold(), block.size) > block.available) {
			kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1)).stripTrailing();
		}
		return kept + ELLIPSIS;
	}

	private static List<PlacedLine> place(List<Wrapped> wrapped) {
		List<PlacedLine> placed = new ArrayList<>();
		float top = 0;
		for (Wrapped block : wrapped) {
			top += block.gap;
			for (int i = 0; i < block.lines.size(); i++) {
				float baseline = top + block.size * ASCENT;
				if (i == 0 && !block.block.label().isEmpty()) {
					placed.add(new PlacedLine(block.block.label(), 0, baseline, block.size, true, block.block.muted()));
				}
				placed.add(new PlacedLine(block.lines.get(i), block.indent, baseline, block.size, block.block.bold(),
						block.block.muted()));
				top += block.size * LEADING;
			}
		}
		return placed;
	}

	private static float height(List<Wrapped> wrapped) {
		float height = 0;
		for (Wrapped block : wrapped) {
			height += block.gap + block.lines.size() * block.size * LEADING;
		}
		return height;
	}

	/** The width of text as a font draws it. */
	@FunctionalInterface
	interface Measure {

		/** Width in points of {@code text} at {@code size}, in bold or regular. */
		float width(String text, boolean bold, float size);

	}

	/**
	 * One line to draw.
	 *
	 * @param text its words
	 * @param x from the box's left edge, in points
	 * @param baseline from the box's top edge down to the line's baseline, in points
	 * @param size font size in points
	 * @param bold bold or regular
	 * @param muted grey or black
	 */
	record PlacedLine(String text, float x, float baseline, float size, boolean bold, boolean muted) {

	}

	/** A paragraph wrapped at one size, losing lines while it is cut. */
	private static final class Wrapped {

		private final TextBlock block;

		private final float size;

		private final float gap;

		private final float indent;

		private final float available;

		private final List<String> lines;

		private boolean cut;

		Wrapped(TextBlock block, float size, float gap, float indent, float available, List<String> lines) {
			this.block = block;
			this.size = size;
			this.gap = gap;
			this.indent = indent;
			this.available = available;
			this.lines = new ArrayList<>(lines);
		}

	}

}
