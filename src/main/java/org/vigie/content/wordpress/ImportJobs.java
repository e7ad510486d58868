package org.vigie.content.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports started from the back-office in the background, on the node that received
 * the file, and keeps their progress and report in the database so any node can show
 * them.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final WordPressImporter importer;

	private final ImportJobRepository jobs;

	private final TransactionTemplate separately;

	private final Executor executor;

	private final MessageSource messages;

	private final Clock clock;

	ImportJobs(WordPressImporter importer, ImportJobRepository jobs, PlatformTransactionManager transactions,
			@Qualifier("importExecutor") Executor executor, MessageSource messages, Clock clock) {
		this.importer = importer;
		this.jobs = jobs;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Starts importing an uploaded export; the file is deleted once the import ends. Only
	 * holders of the import permission start one; its steps then run as the system.
	 * @return the job, to follow its progress
	 */
	@PreAuthorize("hasAuthority('PERM_CONTENT_IMPORT')")
	public ImportJob start(Path file, String fileName, Path uploads, boolean dryRun, String startedBy, Locale locale) {
		ImportJob job = this.separately
			.execute((status) -> this.jobs.save(new ImportJob(fileName, dryRun, startedBy, this.clock.instant())));
		long id = job.getId();
		this.executor.execute(() -> run(id, file, uploads, dryRun, locale));
		return job;
	}

	private void run(long id, Path file, Path uploads, boolean dryRun, Locale locale) {
		int[] saved = { -1 };
		try {
			ImportReport report = this.importer.run(file, uploads, dryRun, (done, total) -> {
				int percent = (total == 0) ? 100 : done * 100 / total;
				if (percent != saved[0]) {
					saved[0] = percent;
					update(id, (job) -> job.progress(done, total));
				}
			});
			update(id, (job) -> job.finish(ImportJob.Status.DONE, String.join("\n", report.lines()),
					this.clock.instant()));
		}
		catch (WxrException ex) {
			String reason = this.messages.getMessage(ex.messageKey(), new Object[] { ex.line() }, locale);
			update(id, (job) -> job.finish(ImportJob.Status.FAILED, reason, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			log.error("WordPress import {} failed", id, ex);
			String reason = this.messages.getMessage("import.failed", null, locale);
			update(id, (job) -> job.finish(ImportJob.Status.FAILED, reason, this.clock.instant()));
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the uploaded export {}", file, ex);
			}
		}
	}

	private void update(long id, java.util.function.Consumer<ImportJob> change) {
		this.separately.executeWithoutResult((status) -> this.jobs.findById(id).ifPresent(change));
	}

}
