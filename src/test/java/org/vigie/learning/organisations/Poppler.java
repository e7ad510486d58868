package org.vigie.learning.organisations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.vigie.RequiredTools;

/**
 * Poppler's {@code pdftotext} and {@code pdfinfo}, to read a PDF as a viewer would. Where
 * they are not installed, the tests that need them are skipped on a developer's machine
 * and fail in CI.
 */
final class Poppler {

	private Poppler() {
	}

	static void required() {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/pdftotext"))
				&& Files.isExecutable(Path.of("/usr/bin/pdfinfo"));
		if (!installed && RequiredTools.inCi()) {
			throw new IllegalStateException("CI must install poppler-utils (pdftotext, pdfinfo)");
		}
		Assumptions.assumeTrue(installed, "poppler-utils not installed: apt-get install poppler-utils");
	}

	/**
	 * The text of a PDF, in reading order, with typographic ligatures (the font draws
	 * "fi" as one glyph) written out as their letters.
	 */
	static String text(byte[] pdf) {
		return java.text.Normalizer.normalize(run(pdf, "/usr/bin/pdftotext", "-layout", "%s", "-"),
				java.text.Normalizer.Form.NFKC);
	}

	/** How many pages a PDF has, by {@code pdfinfo}. */
	static int pages(byte[] pdf) {
		String info = run(pdf, "/usr/bin/pdfinfo", "%s");
		return info.lines()
			.filter((line) -> line.startsWith("Pages:"))
			.mapToInt((line) -> Integer.parseInt(line.substring(6).strip()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("pdfinfo said: " + info));
	}

	private static String run(byte[] pdf, String... command) {
		try {
			Path file = Files.createTempFile("certificate-", ".pdf");
			try {
				Files.write(file, pdf);
				String[] args = java.util.Arrays.stream(command)
					.map((arg) -> arg.equals("%s") ? file.toString() : arg)
					.toArray(String[]::new);
				Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
					throw new AssertionError(String.join(" ", args) + " failed: " + out);
				}
				return out;
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
