package org.vigie.learning;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.vigie.RequiredTools;

/**
 * Debian's poppler-utils, which render and read PDFs independently of the library that
 * wrote them, as a viewer would: the printed cards' and the certificates' tests use them,
 * on a file or on the bytes of a download. Where they are not installed, the tests that
 * need them are skipped on a developer's machine and fail in CI.
 */
public final class Poppler {

	private static final Path BIN = Path.of(System.getenv().getOrDefault("VIGIE_POPPLER", "/usr/bin"));

	private Poppler() {
	}

	public static void require() {
		boolean installed = Files.isExecutable(BIN.resolve("pdftotext")) && Files.isExecutable(BIN.resolve("pdftoppm"))
				&& Files.isExecutable(BIN.resolve("pdfinfo"));
		if (!installed && RequiredTools.inCi()) {
			throw new IllegalStateException("CI must install poppler-utils (" + BIN + "/pdftotext)");
		}
		Assumptions.assumeTrue(installed, "poppler-utils not installed: apt-get install poppler-utils");
	}

	/** The number of pages pdfinfo reads. */
	public static int pages(Path pdf) {
		for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
			if (line.startsWith("Pages:")) {
				return Integer.parseInt(line.substring("Pages:".length()).strip());
			}
		}
		throw new AssertionError("pdfinfo gave no page count");
	}

	/** The number of pages of a downloaded PDF. */
	public static int pages(byte[] pdf) {
		return onFile(pdf, Poppler::pages);
	}

	/**
	 * The text of a downloaded PDF, in reading order, with typographic ligatures (the
	 * font may draw "fi" as one glyph) written out as their letters.
	 */
	public static String text(byte[] pdf) {
		return Normalizer.normalize(onFile(pdf, (file) -> run("pdftotext", "-layout", file.toString(), "-")),
				Normalizer.Form.NFKC);
	}

	/** The text of a whole page. */
	public static String text(Path pdf, int page) {
		return run("pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page), "-layout", pdf.toString(),
				"-");
	}

	/** The text inside a rectangle of a page, in points from its top left corner. */
	public static String text(Path pdf, int page, float x, float y, float width, float height) {
		return run("pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page), "-r", "72", "-x",
				Integer.toString(Math.round(x)), "-y", Integer.toString(Math.round(y)), "-W",
				Integer.toString(Math.round(width)), "-H", Integer.toString(Math.round(height)), pdf.toString(), "-");
	}

	/** Every page drawn as an image by pdftoppm, which must report no error. */
	public static List<BufferedImage> images(Path pdf, Path directory) throws IOException {
		run("pdftoppm", "-r", "40", "-png", pdf.toString(), directory.resolve("page").toString());
		List<BufferedImage> images = new ArrayList<>();
		try (var files = Files.list(directory)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".png")).sorted().toList()) {
				images.add(ImageIO.read(file.toFile()));
			}
		}
		return images;
	}

	private static <T> T onFile(byte[] pdf, Function<Path, T> reader) {
		try {
			Path file = Files.createTempFile("vigie-", ".pdf");
			try {
				Files.write(file, pdf);
				return reader.apply(file);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new AssertionError("could not write the PDF to read", ex);
		}
	}

	private static String run(String... command) {
		List<String> line = new ArrayList<>(List.of(command));
		line.set(0, BIN.resolve(command[0]).toString());
		try {
			Process process = new ProcessBuilder(line).start();
			process.getOutputStream().close();
			byte[] out = process.getInputStream().readAllBytes();
			String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(command[0] + " did not finish");
			}
			if (process.exitValue() != 0 || err.toLowerCase(Locale.ROOT).contains("error")) {
				throw new AssertionError(command[0] + " failed (" + process.exitValue() + "): " + err);
			}
			return new String(out, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new AssertionError(command[0] + " could not run", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
