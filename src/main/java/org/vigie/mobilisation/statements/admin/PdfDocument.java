package org.vigie.mobilisation.statements.admin;

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
 * Left-aligned paragraphs on as many portrait A4 pages as they need, in Vigie's embedded
 * Unicode typeface (DejaVu Sans Condensed, shipped under {@code learning/fonts}), so that
 * accents and any organisation's name print the same whatever fonts the server has. A
 * character the font lacks prints as a question mark.
 */
final class PdfDocument {

	private static final float MARGIN = 56;

	private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");

	private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");

	private final List<Paragraph> paragraphs = new ArrayList<>();

	PdfDocument add(String text, float size, boolean bold, float spaceBefore) {
		this.paragraphs.add(new Paragraph(text, size, bold, spaceBefore));
		return this;
	}

	/** The document, with this title in its properties. */
	byte[] render(String title) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font regular = PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR), true, false);
			PDType0Font bold = PDType0Font.load(document, new RandomAccessReadBuffer(BOLD), true, false);
			document.getDocumentInformation().setTitle(title);
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			PDPageContentStream content = null;
			float y = 0;
			try {
				for (Paragraph paragraph : this.paragraphs) {
					PDType0Font font = paragraph.bold() ? bold : regular;
					y -= paragraph.spaceBefore();
					for (String line : wrap(printable(paragraph.text(), font), font, paragraph.size(), width)) {
						float height = paragraph.size() * 1.35f;
						if (content == null || y - height < MARGIN) {
							if (content != null) {
								content.close();
							}
							PDPage page = new PDPage(PDRectangle.A4);
							document.addPage(page);
							content = new PDPageContentStream(document, page);
							y = page.getMediaBox().getHeight() - MARGIN;
						}
						y -= height;
						content.beginText();
						content.setFont(font, paragraph.size());
						content.newLineAtOffset(MARGIN, y);
						content.showText(line);
						content.endText();
					}
				}
			}
			finally {
				if (content != null) {
					content.close();
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
		try (InputStream in = PdfDocument.class.getClassLoader().getResourceAsStream("learning/fonts/" + name)) {
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
