package org.vigie.learning.print;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.DeckStore;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cards whose every text is as long as a deck may hold still print: every character
 * inside its own card, less the padding, at a legible size, the rest cut with an
 * ellipsis. Checked glyph by glyph from the PDF's text positions.
 */
@LearningTest
class LongestTextsTest {

	@Autowired
	private SiteClient client;

	@Autowired
	private DeckStore decks;

	@Test
	void longestTextsStayInsideTheirCards() throws IOException {
		PrintDecks.longest(this.decks);
		HttpResponse<byte[]> response = this.client.getBytes("/en/cards/longest-print/print.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(4);
			List<String> outside = new ArrayList<>();
			List<TextPosition> glyphs = glyphs(pdf);
			for (TextPosition glyph : glyphs) {
				if (!insideACard(glyph)) {
					outside.add(glyph.getUnicode() + " at " + glyph.getXDirAdj() + "," + glyph.getYDirAdj());
				}
			}
			assertThat(glyphs).hasSizeGreaterThan(8000);
			assertThat(outside).isEmpty();
			assertThat(glyphs).allSatisfy(
					(glyph) -> assertThat(glyph.getFontSizeInPt()).isGreaterThanOrEqualTo(TextFitter.MIN_SIZE - 0.01f));
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("…", "Déclaration", "WWWW", "?");
		}
	}

	private static List<TextPosition> glyphs(PDDocument pdf) throws IOException {
		List<TextPosition> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				positions.stream().filter((glyph) -> !glyph.getUnicode().isBlank()).forEach(glyphs::add);
			}

		};
		stripper.getText(pdf);
		return glyphs;
	}

	/**
	 * Whether a glyph lies within the text area of one card, in the top-down coordinates
	 * of text positions.
	 */
	private static boolean insideACard(TextPosition glyph) {
		float left = glyph.getXDirAdj();
		float right = left + glyph.getWidthDirAdj();
		float baseline = glyph.getYDirAdj();
		float size = glyph.getFontSizeInPt();
		for (int place = 0; place < SheetGrid.CARDS_PER_SHEET; place++) {
			PDRectangle box = SheetGrid.content(SheetGrid.card(place, false));
			float top = SheetGrid.PAGE.getHeight() - box.getUpperRightY();
			float bottom = SheetGrid.PAGE.getHeight() - box.getLowerLeftY();
			if (left >= box.getLowerLeftX() - 0.5f && right <= box.getUpperRightX() + 0.5f
					&& baseline - 0.75f * size >= top - 0.5f && baseline + 0.2f * size <= bottom + 0.5f) {
				return true;
			}
		}
		return false;
	}

}
