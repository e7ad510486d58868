package org.vigie.content.wordpress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.VigieApplication;
import org.vigie.content.ImportCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line: {@code import-wordpress export.xml --dry-run} prints the report; a
 * broken file prints the reason with its line and exits with 1.
 */
class ImportCommandTest {

	private static String[] args(String... first) {
		String database = "--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		String[] all = new String[first.length + 3];
		System.arraycopy(first, 0, all, 0, first.length);
		all[first.length] = database;
		all[first.length + 1] = "--vigie.search.directory=";
		all[first.length + 2] = "--vigie.media.directory=" + System.getProperty("java.io.tmpdir") + "/vigie-cli-media";
		return all;
	}

	@Test
	void aDryRunPrintsTheReportAndExitsWithZero() throws Exception {
		Path export = Files.createTempFile("export", ".xml");
		try (var input = getClass().getResourceAsStream("/wordpress/polylang-site.xml")) {
			Files.copy(input, export, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int code = ImportCommand.run(VigieApplication.class, args(export.toString(), "--dry-run"),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(code).isZero();
		assertThat(printed).contains("dry run: nothing was written", "post", "5 created", "100 %")
			.contains("no copy of wp-content/uploads was given");
	}

	@Test
	void aBrokenFileSaysWhyAndWhereAndExitsWithOne() throws Exception {
		Path export = Files.createTempFile("broken", ".xml");
		Files.writeString(export, "<?xml version=\"1.0\"?>\n<rss><channel>\n<title>x</title>\n<item>",
				StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int code = ImportCommand.run(VigieApplication.class, args(export.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("line 4");
	}

	@Test
	void aMissingFileShowsTheUsage() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int code = ImportCommand.run(VigieApplication.class, new String[] { "/no/such/export.xml" },
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:", "No such file");
	}

}
