package org.vigie.learning.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.springframework.stereotype.Component;

/**
 * A deck's printable sheets: for every eight cards, a page of fronts then a page of their
 * backs, mirrored (see {@link SheetGrid}), each page with light cut marks. Built in
 * memory on each request; nothing is written to disk.
 */
@Component
class CardSheets {

	private final CardFonts fonts;

	CardSheets(CardFonts fonts) {
		this.fonts = fonts;
	}

	/** The PDF of {@code deck}. */
	byte[] pdf(PrintedDeck deck) {
		try (PDDocument document = new PDDocument()) {
			describe(document, deck);
			try (Typeface typeface = this.fonts.open(document)) {
				CardFaces faces = new CardFaces(deck, typeface);
				FacePainter painter = new FacePainter(typeface);
				List<PrintedCard> cards = deck.cards();
				for (int first = 0; first < cards.size(); first += SheetGrid.CARDS_PER_SHEET) {
					List<PrintedCard> sheet = cards.subList(first,
							Math.min(first + SheetGrid.CARDS_PER_SHEET, cards.size()));
					page(document, sheet, false, faces, painter);
					page(document, sheet, true, faces, painter);
				}
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				document.save(out);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void page(PDDocument document, List<PrintedCard> cards, boolean back, CardFaces faces,
			FacePainter painter) throws IOException {
		PDPage page = new PDPage(SheetGrid.PAGE);
		document.addPage(page);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			CutMarks.draw(content);
			for (int i = 0; i < cards.size(); i++) {
				PDRectangle box = SheetGrid.content(SheetGrid.card(i, back));
				PrintedCard card = cards.get(i);
				if (back) {
					painter.paint(content, box, faces.back(card), faces.backFoot());
				}
				else {
					painter.paint(content, box, faces.front(card), List.of());
				}
			}
		}
	}

	private static void describe(PDDocument document, PrintedDeck deck) {
		PDDocumentInformation information = new PDDocumentInformation();
		information.setTitle(deck.title());
		document.setDocumentInformation(information);
		document.getDocumentCatalog().setLanguage(deck.language().code());
	}

}
