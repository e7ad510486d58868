package org.vigie.learning.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.springframework.core.io.ClassPathResource;

/**
 * The faces of the one typeface the module's PDFs are drawn in, DejaVu Sans Condensed,
 * shipped with Vigie ({@code learning/fonts}, with its licence) so that accents,
 * apostrophes and French quotation marks print the same whatever fonts the server has.
 * Each file is read once, when the first document needs it; every document then parses
 * its own copy-free view and embeds the subset of glyphs it uses.
 */
public enum PdfFace {

	/** The regular face. */
	REGULAR("DejaVuSansCondensed.ttf"),

	/** The bold face. */
	BOLD("DejaVuSansCondensed-Bold.ttf");

	private final byte[] file;

	PdfFace(String name) {
		this.file = read("learning/fonts/" + name);
	}

	/** The font file, to parse (for one document) with PDFBox. */
	public RandomAccessRead file() {
		return new RandomAccessReadBuffer(this.file);
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " is missing", ex);
		}
	}

}
