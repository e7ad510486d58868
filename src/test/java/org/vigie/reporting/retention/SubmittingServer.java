package org.vigie.reporting.retention;

import org.vigie.VigieApplication;
import org.vigie.reporting.ReportingFixtures;
import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.RecoveryKey;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as {@link ReceiptsSurviveKillTest} runs it in a child JVM, in a folder
 * of its own with the default settings (H2 in a file under {@code ./data}), on a free
 * port. It opens each receipt given as an argument and prints what that gave
 * ({@code OPENED …} or {@code LOST …}); then, unless told {@code --check-only}, submits a
 * report and prints its receipt ({@code RECEIPT …}) the moment {@link Reports#submit}
 * returns, and waits to be killed (or for its input to close).
 */
public final class SubmittingServer {

	private SubmittingServer() {
	}

	public static void main(String[] args) throws java.io.IOException {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(VigieApplication.class)
			.properties("server.port=0", "vigie.demo.enabled=false", "vigie.jobs.enabled=false",
					"spring.main.banner-mode=off", "logging.level.root=WARN")
			.run();
		Reports reports = context.getBean(Reports.class);
		for (String receipt : args) {
			if (!receipt.startsWith("--")) {
				boolean opened = reports.openWithReceipt(receipt).result() == Reports.ReceiptResult.OPENED;
				System.out.println((opened ? "OPENED " : "LOST ") + receipt);
			}
		}
		if (java.util.List.of(args).contains("--check-only")) {
			System.out.println("CHECKED");
			context.close();
			return;
		}
		RecoveryKey recovery = context.getBean(RecoveryKey.class);
		if (!recovery.exists()) {
			ReportingFixtures.recoveryKey(recovery);
		}
		Reports.Submitted submitted = reports.submit(ReportingFixtures.report("kill"), ReportingFixtures.noImages());
		System.out.println("RECEIPT " + submitted.receipt().orElseThrow().display());
		System.out.flush();
		// Waits to be killed. Should the test that started it go away, its input closes
		// and
		// the child ends too.
		while (System.in.read() != -1) {
			// Nothing is ever written to it.
		}
		System.exit(1);
	}

}
