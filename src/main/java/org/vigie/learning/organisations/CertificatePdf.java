package org.vigie.learning.organisations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.vigie.learning.pdf.PdfFace;

/**
 * Draws a completion certificate: one landscape A4 page, every line centred, in the
 * module's embedded Unicode typeface ({@link PdfFace}, the title and the name in bold) so
 * that any name in French, Dutch or English prints as typed. A character the font lacks
 * prints as a question mark rather than failing the whole certificate; a line too long
 * for the page is made smaller.
 */
final class CertificatePdf {

	private static final float MARGIN = 60;

	private CertificatePdf() {
	}

	/**
	 * The words of a certificate, already in its language.
	 *
	 * @param heading the title at the top
	 * @param intro the words before the name
	 * @param name the member's display name
	 * @param organisation the line naming the organisation
	 * @param achievement the words before the deck
	 * @param deck the deck's title
	 * @param level the level reached
	 * @param issued the date of issue
	 * @param footer the issuer
	 */
	record Words(String heading, String intro, String name, String organisation, String achievement, String deck,
			String level, String issued, String footer) {

	}

	static byte[] render(Words words) {
		try (PDDocument document = new PDDocument()) {
			PDRectangle a4 = PDRectangle.A4;
			PDPage page = new PDPage(new PDRectangle(a4.getHeight(), a4.getWidth()));
			document.addPage(page);
			PDType0Font regular = PDType0Font.load(document, PdfFace.REGULAR.file(), true, false);
			PDType0Font bold = PDType0Font.load(document, PdfFace.BOLD.file(), true, false);
			document.getDocumentInformation().setTitle(words.heading() + " - " + words.name());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				float width = page.getMediaBox().getWidth();
				float top = page.getMediaBox().getHeight();
				content.setLineWidth(2);
				content.addRect(30, 30, width - 60, top - 60);
				content.stroke();
				Writer writer = new Writer(content, regular, width);
				Writer titles = new Writer(content, bold, width);
				titles.line(words.heading(), 30, top - 110);
				writer.line(words.intro(), 14, top - 170);
				titles.line(words.name(), 28, top - 215);
				writer.line(words.organisation(), 14, top - 255);
				writer.line(words.achievement(), 14, top - 300);
				writer.line(words.deck(), 22, top - 340);
				writer.line(words.level(), 12, top - 395);
				writer.line(words.issued(), 12, top - 425);
				writer.line(words.footer(), 10, 60);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes centred lines that fit between the margins. */
	private record Writer(PDPageContentStream content, PDType0Font font, float pageWidth) {

		void line(String text, float size, float y) throws IOException {
			String printable = printable(text);
			float room = this.pageWidth - 2 * MARGIN;
			float width = this.font.getStringWidth(printable) / 1000;
			float fitted = (width * size > room) ? room / width : size;
			this.content.beginText();
			this.content.setFont(this.font, fitted);
			this.content.newLineAtOffset((this.pageWidth - width * fitted) / 2, y);
			this.content.showText(printable);
			this.content.endText();
		}

		private String printable(String text) {
			StringBuilder out = new StringBuilder();
			text.codePoints().forEach((point) -> {
				String character = new String(Character.toChars(point));
				try {
					this.font.encode(character);
					out.append(character);
				}
				catch (IOException | IllegalArgumentException ex) {
					out.append('?');
				}
			});
			return out.toString();
		}

	}

}
