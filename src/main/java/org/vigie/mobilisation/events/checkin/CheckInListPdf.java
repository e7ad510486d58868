package org.vigie.mobilisation.events.checkin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printed list for the door: one line per person, sorted by name, with a box to tick,
 * their seats and what matters at the door, on as many A4 pages as needed, in the
 * embedded DejaVu typeface so that every name prints (a character it lacks prints as
 * "?").
 */
final class CheckInListPdf {

	private static final float MARGIN = 48;

	private static final float LINE = 22;

	private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");

	private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");

	private CheckInListPdf() {
	}

	/**
	 * The list.
	 * @param title the event's title and date, on top of each page
	 * @param headings the columns' names: name, seats, needs
	 * @param rows the people, already sorted
	 * @param unnamed what stands for a name erased
	 */
	static byte[] render(String title, List<String> headings, List<CheckInDesk.Row> rows, String unnamed) {
		try (PDDocument document = new PDDocument()) {
			PDType0Font regular = PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR), true, false);
			PDType0Font bold = PDType0Font.load(document, new RandomAccessReadBuffer(BOLD), true, false);
			document.getDocumentInformation().setTitle(title);
			int index = 0;
			do {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				float y = page.getMediaBox().getHeight() - MARGIN;
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					text(content, bold, 13, MARGIN, y, printable(title, bold), 500);
					y -= LINE * 1.5f;
					text(content, bold, 10, MARGIN + 24, y, headings.get(0), 260);
					text(content, bold, 10, MARGIN + 290, y, headings.get(1), 50);
					text(content, bold, 10, MARGIN + 340, y, headings.get(2), 160);
					while (index < rows.size() && y > MARGIN + LINE) {
						y -= LINE;
						CheckInDesk.Row row = rows.get(index++);
						content.addRect(MARGIN, y - 2, 11, 11);
						content.stroke();
						String name = (row.name() != null) ? row.name() : unnamed;
						text(content, regular, 10, MARGIN + 24, y, printable(name, regular), 260);
						text(content, regular, 10, MARGIN + 290, y, Integer.toString(row.seats()), 50);
						text(content, regular, 9, MARGIN + 340, y, printable(String.join(" · ", row.needs()), regular),
								160);
					}
				}
			}
			while (index < rows.size());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text,
			float width) throws IOException {
		String shown = text;
		while (!shown.isEmpty() && font.getStringWidth(shown) / 1000 * size > width) {
			shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -1));
		}
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(shown);
		content.endText();
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
		try (InputStream in = CheckInListPdf.class.getClassLoader().getResourceAsStream("learning/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("The font learning/fonts/" + name + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
