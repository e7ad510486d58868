package org.vigie.learning.print;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws one face of a card in its box: the paragraphs from the top, fitted so that
 * nothing crosses the box's edges, and a foot fitted at the bottom before them.
 */
final class FacePainter {

	/** The foot never takes more than this share of the face. */
	private static final float FOOT_SHARE = 0.3f;

	private static final float FOOT_GAP = 4f;

	private static final float GREY = 0.35f;

	private final Typeface typeface;

	private final TextFitter fitter;

	FacePainter(Typeface typeface) {
		this.typeface = typeface;
		this.fitter = new TextFitter(typeface);
	}

	void paint(PDPageContentStream content, PDRectangle box, List<TextBlock> body, List<TextBlock> foot)
			throws IOException {
		float footHeight = 0;
		if (!foot.isEmpty()) {
			List<TextFitter.PlacedLine> footLines = this.fitter.fit(foot, box.getWidth(), box.getHeight() * FOOT_SHARE);
			footHeight = height(footLines);
			draw(content, box.getLowerLeftX(), box.getLowerLeftY() + footHeight, footLines);
			footHeight += FOOT_GAP;
		}
		List<TextFitter.PlacedLine> lines = this.fitter.fit(body, box.getWidth(), box.getHeight() - footHeight);
		draw(content, box.getLowerLeftX(), box.getUpperRightY(), lines);
	}

	private void draw(PDPageContentStream content, float left, float top, List<TextFitter.PlacedLine> lines)
			throws IOException {
		for (TextFitter.PlacedLine line : lines) {
			if (line.text().isEmpty()) {
				continue;
			}
			float grey = line.muted() ? GREY : 0f;
			content.setNonStrokingColor(grey, grey, grey);
			content.beginText();
			content.setFont(this.typeface.face(line.bold()).pdf(), line.size());
			content.newLineAtOffset(left + line.x(), top - line.baseline());
			content.showText(line.text());
			content.endText();
		}
	}

	/** From the top of the first line to the bottom of the last. */
	private static float height(List<TextFitter.PlacedLine> lines) {
		float height = 0;
		for (TextFitter.PlacedLine line : lines) {
			height = Math.max(height,
					line.baseline() - line.size() * TextFitter.ASCENT + line.size() * TextFitter.LEADING);
		}
		return height;
	}

}
