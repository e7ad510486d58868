package org.vigie.fundraising.reconciliation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.vigie.fundraising.statements.Statement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The imported files, their statements and their lines. Lines are written in batches, so
 * that a statement of 100,000 lines is a few hundred round trips, not 100,000.
 */
@Component
class StatementStore {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	StatementStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** When a file with this SHA-256 was imported, if it was. */
	Optional<Instant> importedFile(String sha256) {
		return this.jdbc.sql("select imported_at from fundraising_statement_import where file_sha256 = ?")
			.param(sha256)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	void recordImport(UUID id, String sha256, String actor, Instant now) {
		this.jdbc.sql("""
				insert into fundraising_statement_import (id, file_sha256, imported_at, imported_by, lines, credits,
					by_communication, by_amount_name, to_review, already_known, debits, not_booked, credited_cents)
				values (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0)""")
			.params(id, sha256, Timestamp.from(now), actor)
			.update();
	}

	void recordCounts(ImportSummary summary) {
		this.jdbc
			.sql("""
					update fundraising_statement_import set lines = ?, credits = ?, by_communication = ?, by_amount_name = ?,
						to_review = ?, already_known = ?, debits = ?, not_booked = ?, credited_cents = ? where id = ?""")
			.params(summary.lines(), summary.credits(), summary.byCommunication(), summary.byAmountName(),
					summary.toReview(), summary.alreadyKnown(), summary.debits(), summary.notBooked(),
					summary.creditedCents(), summary.id())
			.update();
	}

	void recordStatement(UUID id, UUID importId, Statement statement, long openingCents, long closingCents) {
		this.jdbc.sql("""
				insert into fundraising_statement (id, import_id, statement_ref, account_iban, period_from, period_to,
					opening_cents, closing_cents, entries) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, importId, cut(statement.id(), 140), statement.accountIban(), Date.valueOf(statement.from()),
					Date.valueOf(statement.to()), openingCents, closingCents, statement.entries().size())
			.update();
	}

	/**
	 * Which of these references of an account are already recorded. The lookup is by
	 * reference, the first column of the unique index, the account checked here: H2 scans
	 * every row matching the first column for an {@code in} list on the second.
	 */
	Set<String> knownReferences(String account, Collection<String> references) {
		Set<String> known = new HashSet<>();
		for (List<String> chunk : GiftLookup.chunks(references)) {
			this.jdbc.sql("select account_iban, reference from fundraising_statement_line where reference in (:refs)")
				.param("refs", chunk)
				.query((ResultSet rs) -> {
					if (account.equals(rs.getString(1))) {
						known.add(rs.getString(2));
					}
				});
		}
		return known;
	}

	void recordLines(List<ImportedLine> lines) {
		this.template.batchUpdate(
				"""
						insert into fundraising_statement_line (statement_id, account_iban, reference, amount_cents, booked_on,
							value_on, counterparty_name, counterparty_iban, communication, remittance, status, matched_by, gift_id,
							amount_differs, reason, thank_pending) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				lines, BATCH, (ps, line) -> {
					ps.setObject(1, line.statementId);
					ps.setString(2, line.account);
					ps.setString(3, line.reference);
					ps.setLong(4, line.amountCents);
					ps.setDate(5, Date.valueOf(line.entry.bookingDate()));
					ps.setDate(6, Date.valueOf(line.entry.valueDate()));
					ps.setString(7, cut(line.entry.counterpartyName(), 140));
					ps.setString(8, cut(line.entry.counterpartyIban(), 34));
					ps.setString(9, communication(line));
					ps.setString(10, cut(line.entry.unstructuredText(), 500));
					ps.setString(11, line.status.name());
					ps.setString(12, (line.matchedBy != null) ? line.matchedBy.name() : null);
					if (line.giftId != null) {
						ps.setObject(13, line.giftId);
					}
					else {
						ps.setNull(13, Types.OTHER);
					}
					ps.setBoolean(14, line.amountDiffers);
					ps.setString(15, line.reason);
					ps.setBoolean(16, line.thankPending);
				});
	}

	/** The imports, newest first. */
	List<ImportSummary> imports(int limit) {
		return this.jdbc.sql("select * from fundraising_statement_import order by imported_at desc limit ?")
			.param(limit)
			.query((rs, row) -> summary(rs))
			.list();
	}

	Optional<ImportSummary> importById(UUID id) {
		return this.jdbc.sql("select * from fundraising_statement_import where id = ?")
			.param(id)
			.query((rs, row) -> summary(rs))
			.optional();
	}

	/** The statements of an import. */
	List<StatementView> statementsOf(UUID importId) {
		return this.jdbc
			.sql("select * from fundraising_statement where import_id = ? order by period_from, statement_ref")
			.param(importId)
			.query((rs, row) -> new StatementView(rs.getString("statement_ref"), rs.getString("account_iban"),
					rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
					rs.getLong("opening_cents"), rs.getLong("closing_cents"), rs.getInt("entries")))
			.list();
	}

	private static String communication(ImportedLine line) {
		if (line.communication.communication() != null) {
			return line.communication.communication().digits();
		}
		return line.communication.wrong();
	}

	static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

	private static ImportSummary summary(ResultSet rs) throws SQLException {
		return new ImportSummary(rs.getObject("id", UUID.class), rs.getTimestamp("imported_at").toInstant(),
				rs.getInt("lines"), rs.getInt("credits"), rs.getInt("by_communication"), rs.getInt("by_amount_name"),
				rs.getInt("to_review"), rs.getInt("already_known"), rs.getInt("debits"), rs.getInt("not_booked"),
				rs.getLong("credited_cents"));
	}

	/**
	 * A statement of an import.
	 *
	 * @param reference the bank's id of the statement
	 * @param account the account
	 * @param from first day
	 * @param to last day
	 * @param openingCents opening balance
	 * @param closingCents closing balance
	 * @param entries lines in it
	 */
	record StatementView(String reference, String account, java.time.LocalDate from, java.time.LocalDate to,
			long openingCents, long closingCents, int entries) {
	}

}
