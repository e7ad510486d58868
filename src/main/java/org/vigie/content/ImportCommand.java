package org.vigie.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vigie.content.wordpress.ImportReport;
import org.vigie.content.wordpress.WordPressImporter;
import org.vigie.content.wordpress.WxrException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code java -jar vigie.jar import-wordpress export.xml [--uploads dir] [--dry-run]}:
 * imports a WordPress export into the configured database without starting the web
 * server, prints the report and exits with 0, or with 1 and the reason when the file
 * cannot be imported. Other {@code --name=value} arguments are Spring settings (the
 * database, for instance).
 */
public final class ImportCommand {

	public static final String NAME = "import-wordpress";

	private ImportCommand() {
	}

	/**
	 * Runs the command.
	 * @param application the application's configuration class
	 * @param args the arguments after the command's name
	 * @param out where the report goes
	 * @return the process exit code
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		Path file = null;
		Path uploads = null;
		boolean dryRun = false;
		List<String> settings = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ("--dry-run".equals(arg)) {
				dryRun = true;
			}
			else if ("--uploads".equals(arg) && i + 1 < args.length) {
				uploads = Path.of(args[++i]);
			}
			else if (arg.startsWith("--uploads=")) {
				uploads = Path.of(arg.substring("--uploads=".length()));
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				settings.add(arg);
			}
			else if (file == null) {
				file = Path.of(arg);
			}
		}
		if (file == null || !Files.isRegularFile(file)) {
			out.println(
					"Usage: java -jar vigie.jar " + NAME + " export.xml [--uploads wp-content/uploads] [--dry-run]");
			out.println((file == null) ? "No export file given." : "No such file: " + file);
			return 2;
		}
		if (uploads != null && !Files.isDirectory(uploads)) {
			out.println("No such folder: " + uploads);
			return 2;
		}
		settings.add("--vigie.demo.enabled=false");
		settings.add("--vigie.jobs.enabled=false");
		settings.add("--spring.main.banner-mode=off");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(settings.toArray(String[]::new))) {
			WordPressImporter importer = context.getBean(WordPressImporter.class);
			Path export = file;
			int[] lastTenth = { -1 };
			try {
				ImportReport report = importer.run(export, uploads, dryRun, (done, total) -> {
					int tenth = (total == 0) ? 10 : done * 10 / total;
					if (tenth != lastTenth[0]) {
						lastTenth[0] = tenth;
						out.println("… " + (tenth * 10) + " % (" + done + "/" + total + ")");
					}
				});
				report.lines().forEach(out::println);
				return 0;
			}
			catch (WxrException ex) {
				MessageSource messages = context.getBean(MessageSource.class);
				out.println(messages.getMessage(ex.messageKey(), new Object[] { ex.line() }, Locale.ENGLISH));
				return 1;
			}
		}
	}

}
