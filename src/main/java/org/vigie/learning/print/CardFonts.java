package org.vigie.learning.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The typeface of the printed cards, DejaVu Sans Condensed, shipped with Vigie
 * ({@code learning/print/fonts}) so that accents, apostrophes and French quotation marks
 * print the same whatever fonts the server has. Its files are read once; each document
 * embeds the subset of glyphs it uses.
 */
@Component
class CardFonts {

	private static final String REGULAR = "learning/print/fonts/DejaVuSansCondensed.ttf";

	private static final String BOLD = "learning/print/fonts/DejaVuSansCondensed-Bold.ttf";

	private final byte[] regular;

	private final byte[] bold;

	CardFonts() {
		this.regular = read(REGULAR);
		this.bold = read(BOLD);
	}

	/** The regular and bold faces, ready to draw in {@code document}. */
	Typeface open(PDDocument document) throws IOException {
		CardFont regularFont = CardFont.load(document, new TTFParser().parse(new RandomAccessReadBuffer(this.regular)));
		try {
			return new Typeface(regularFont,
					CardFont.load(document, new TTFParser().parse(new RandomAccessReadBuffer(this.bold))));
		}
		catch (IOException | RuntimeException ex) {
			regularFont.close();
			throw ex;
		}
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The cards' font " + path + " is missing", ex);
		}
	}

}
