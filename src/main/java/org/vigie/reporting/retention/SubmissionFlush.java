package org.vigie.reporting.retention;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.reporting.ReportReceived;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a submitted report durable on the embedded H2 database before its receipt is
 * shown. H2's store writes committed transactions to its file in the background, up to
 * about a second later: a server killed in that window (kill -9, out of memory, power)
 * loses reports whose receipts the reporters already wrote down. So once a submission's
 * transaction has committed, and before {@code Reports.submit} returns, this writes the
 * store out and syncs it to the disk ({@code CHECKPOINT SYNC}).
 * <p>
 * Only submissions pay for it (about a millisecond, next to the receipt's Argon2id), and
 * H2's background writer, which also compacts the file, keeps running. The alternative,
 * {@code WRITE_DELAY=0} in the URL, writes on every commit of the whole site (two to
 * three times the cost of a commit) and stops that writer, and with it the compaction:
 * the file grew half as large again in a measurement (docs/reporting.md). PostgreSQL
 * commits durably by itself, and an in-memory database has nothing to flush: for them
 * this does nothing.
 */
@Component
class SubmissionFlush {

	private static final Logger log = LoggerFactory.getLogger(SubmissionFlush.class);

	private final JdbcClient jdbc;

	private final boolean h2File;

	SubmissionFlush(DataSource dataSource, JdbcClient jdbc) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.h2File = "H2".equals(connection.getMetaData().getDatabaseProductName())
					&& !connection.getMetaData().getURL().startsWith("jdbc:h2:mem:");
		}
	}

	/** Flushes once the submission's transaction has committed. */
	@EventListener
	void submitted(ReportReceived received) {
		if (!this.h2File) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					checkpoint();
				}

			});
		}
		else {
			checkpoint();
		}
	}

	// Not named flush: inside the anonymous synchronization, its own flush() would be
	// called.
	private void checkpoint() {
		try {
			this.jdbc.sql("CHECKPOINT SYNC").update();
		}
		catch (RuntimeException ex) {
			// The report is committed; it reaches the file with H2's next background
			// write.
			log.warn("Could not flush the database after a submission ({})", ex.getClass().getSimpleName());
		}
	}

}
