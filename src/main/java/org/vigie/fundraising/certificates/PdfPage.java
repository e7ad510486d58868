package org.vigie.fundraising.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One portrait A4 page of left-aligned paragraphs, wrapped between the margins, in
 * Vigie's embedded Unicode typeface (DejaVu Sans Condensed, the files the learning module
 * ships under {@code learning/fonts}, read as resources), so that accents and any donor's
 * name print the same whatever fonts the server has. A character the font lacks prints as
 * a question mark rather than failing the certificate.
 */
final class PdfPage {

	private static final float MARGIN = 56;

	private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");

	private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");

	private final List<Paragraph> paragraphs = new ArrayList<>();

	/** Adds a paragraph. */
	PdfPage add(String text, float size, boolean bold, float spaceBefore) {
		this.paragraphs.add(new Paragraph(text, size, bold, spaceBefore));
		return this;
	}

	/** The document, with this title in its properties. */
	byte[] render(String title) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font regular = PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR), true, false);
			PDType0Font bold = PDType0Font.load(document, new RandomAccessReadBuffer(BOLD), true, false);
			document.getDocumentInformation().setTitle(title);
			float width = page.getMediaBox().getWidth() - 2 * MARGIN;
			float y = page.getMediaBox().getHeight() - MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				for (Paragraph paragraph : this.paragraphs) {
					PDType0Font font = paragraph.bold() ? bold : regular;
					y -= paragraph.spaceBefore();
					for (String line : wrap(printable(paragraph.text(), font), font, paragraph.size(), width)) {
						y -= paragraph.size() * 1.35f;
						content.beginText();
						content.setFont(font, paragraph.size());
						content.newLineAtOffset(MARGIN, y);
						content.showText(line);
						content.endText();
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private static String printable(String text, PDType0Font font) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((point) -> {
			String character = Character.isWhitespace(point) ? " " : new String(Character.toChars(point));
			try {
				font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	private static byte[] font(String name) {
		try (InputStream in = PdfPage.class.getClassLoader().getResourceAsStream("learning/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The font learning/fonts/" + name + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Paragraph(String text, float size, boolean bold, float spaceBefore) {

	}

}
