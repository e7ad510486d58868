package org.vigie.learning.print;

import java.io.IOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.vigie.learning.pdf.PdfFace;

import org.springframework.stereotype.Component;

/**
 * The typeface of the printed cards, the module's {@link PdfFace} in its regular and bold
 * faces; each document embeds the subset of glyphs it uses.
 */
@Component
class CardFonts {

	/** The regular and bold faces, ready to draw in {@code document}. */
	Typeface open(PDDocument document) throws IOException {
		CardFont regularFont = CardFont.load(document, new TTFParser().parse(PdfFace.REGULAR.file()));
		try {
			return new Typeface(regularFont, CardFont.load(document, new TTFParser().parse(PdfFace.BOLD.file())));
		}
		catch (IOException | RuntimeException ex) {
			regularFont.close();
			throw ex;
		}
	}

}
