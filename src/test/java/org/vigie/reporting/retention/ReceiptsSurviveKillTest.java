package org.vigie.reporting.retention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A kill -9 of the server right after a receipt was shown loses nothing": the
 * application runs in a child JVM on the default embedded database (H2 in a file),
 * submits a report and prints its receipt, and is killed (SIGKILL) the moment the receipt
 * appears; the next start opens every receipt printed so far. Without
 * {@link SubmissionFlush} the reports are lost: H2 writes commits to its file up to a
 * second later.
 */
class ReceiptsSurviveKillTest {

	private static final int KILLS = 3;

	@TempDir
	Path folder;

	@Test
	void everyReceiptShownBeforeAKillNineStillOpensItsReport() throws Exception {
		List<String> receipts = new ArrayList<>();
		for (int kill = 0; kill < KILLS; kill++) {
			List<String> lines = run(receipts, false);
			assertThat(lines).as("start %d", kill + 1).containsAll(opened(receipts));
			String receipt = lines.getLast().substring("RECEIPT ".length());
			receipts.add(receipt);
		}
		assertThat(run(receipts, true)).as("after the last kill").containsAll(opened(receipts)).contains("CHECKED");
	}

	/**
	 * Starts the application with the receipts to open; kills it as soon as it prints a
	 * new receipt.
	 */
	private List<String> run(List<String> receipts, boolean checkOnly) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
						System.getProperty("java.class.path"), SubmittingServer.class.getName()));
		command.addAll(receipts);
		if (checkOnly) {
			command.add("--check-only");
		}
		Process child = new ProcessBuilder(command).directory(Files.createDirectories(this.folder).toFile())
			.redirectErrorStream(true)
			.start();
		// A child that never prints its line must not hang the build.
		CompletableFuture.runAsync(child::destroyForcibly, CompletableFuture.delayedExecutor(2, TimeUnit.MINUTES));
		List<String> lines = new ArrayList<>();
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				output.add(line);
				if (line.startsWith("OPENED ") || line.startsWith("LOST ") || line.equals("CHECKED")) {
					lines.add(line);
				}
				if (line.startsWith("RECEIPT ")) {
					child.destroyForcibly();
					lines.add(line);
					break;
				}
			}
		}
		finally {
			child.destroyForcibly();
			child.waitFor(20, TimeUnit.SECONDS);
		}
		assertThat(lines).as(String.join("\n", output)).isNotEmpty();
		assertThat(lines.getLast()).as(String.join("\n", output)).matches(checkOnly ? "CHECKED" : "RECEIPT .+");
		return lines;
	}

	private static List<String> opened(List<String> receipts) {
		return receipts.stream().map((receipt) -> "OPENED " + receipt).toList();
	}

}
