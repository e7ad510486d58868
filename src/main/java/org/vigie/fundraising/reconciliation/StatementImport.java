package org.vigie.fundraising.reconciliation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.banking.BankAccount;
import org.vigie.fundraising.banking.BankingRefused;
import org.vigie.fundraising.statements.Entry;
import org.vigie.fundraising.statements.Statement;
import org.vigie.identity.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a bank statement file: refuses a file already imported (by its SHA-256) or one
 * the reader refuses, records its booked lines once each (a line already recorded by an
 * overlapping statement is counted as known), matches the credits to gifts and settles
 * them, all in one transaction: a file is imported whole or not at all. The donors of
 * gifts settled for the first time are thanked once it is recorded ({@link DonorThanks}).
 */
@Component
public class StatementImport {

	private final StatementFiles files;

	private final StatementStore store;

	private final LineMatcher matcher;

	private final LineSettlement settlement;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	StatementImport(StatementFiles files, StatementStore store, LineMatcher matcher, LineSettlement settlement,
			AuditTrail audit, TransactionTemplate transaction, ApplicationEventPublisher events) {
		this.events = events;
		this.files = files;
		this.store = store;
		this.matcher = matcher;
		this.settlement = settlement;
		this.audit = audit;
		this.transaction = transaction;
	}

	/**
	 * Imports a file.
	 * @param file the uploaded file, read twice (its hash, then its statements)
	 * @param actor who imports it, for the audit trail
	 * @return what was found
	 * @throws org.vigie.fundraising.statements.StatementProblem when the reader refuses
	 * it
	 * @throws ImportRefused when it was already imported or names a wrong account
	 */
	public ImportSummary importFile(InputStreamSource file, String actor, Instant now) {
		String sha = sha256(file);
		refuseKnown(sha);
		List<Statement> statements;
		try (InputStream in = file.getInputStream()) {
			statements = this.files.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Statement statement : statements) {
			try {
				new BankAccount(statement.accountIban());
			}
			catch (BankingRefused ex) {
				throw new ImportRefused("account", StatementStore.cut(statement.id(), 40));
			}
		}
		try {
			return this.transaction.execute((status) -> record(sha, statements, actor, now));
		}
		catch (DuplicateKeyException ex) {
			// the same file sent twice at once: the second one's import row collides
			refuseKnown(sha);
			throw ex;
		}
	}

	private void refuseKnown(String sha) {
		this.store.importedFile(sha).ifPresent((when) -> {
			throw new ImportRefused("alreadyImported", when.atZone(ZoneId.of("Europe/Brussels")).toLocalDate());
		});
	}

	private ImportSummary record(String sha, List<Statement> statements, String actor, Instant now) {
		UUID importId = UUID.randomUUID();
		this.store.recordImport(importId, sha, actor, now);
		Map<String, List<ImportedLine>> byAccount = new LinkedHashMap<>();
		int notBooked = 0;
		for (Statement statement : statements) {
			UUID statementId = UUID.randomUUID();
			this.store.recordStatement(statementId, importId, statement, cents(statement.openingBalance()),
					cents(statement.closingBalance()));
			List<ImportedLine> lines = byAccount.computeIfAbsent(statement.accountIban(), (key) -> new ArrayList<>());
			for (Entry entry : statement.entries()) {
				if (entry.status() != Entry.Status.BOOK) {
					notBooked++;
					continue;
				}
				lines.add(new ImportedLine(statementId, statement.accountIban(), reference(entry.reference()),
						cents(entry.amount()), entry));
			}
		}
		List<ImportedLine> fresh = new ArrayList<>();
		int read = 0;
		for (Map.Entry<String, List<ImportedLine>> account : byAccount.entrySet()) {
			read += account.getValue().size();
			Set<String> seen = this.store.knownReferences(account.getKey(),
					account.getValue().stream().map((line) -> line.reference).toList());
			seen = new HashSet<>(seen);
			for (ImportedLine line : account.getValue()) {
				if (seen.add(line.reference)) {
					fresh.add(line);
				}
			}
		}
		this.matcher.match(fresh);
		this.settlement.settle(fresh);
		this.store.recordLines(fresh);
		ImportSummary summary = summary(importId, now, read, notBooked, fresh);
		this.store.recordCounts(summary);
		this.events.publishEvent(new StatementImported(importId));
		this.audit.record(FundraisingAudit.STATEMENT_IMPORTED, actor, "statement-import:" + importId,
				summary.lines() + " lines, " + summary.credits() + " credits, " + summary.toReview() + " to review");
		return summary;
	}

	private static ImportSummary summary(UUID id, Instant now, int read, int notBooked, List<ImportedLine> fresh) {
		int credits = 0;
		int byCommunication = 0;
		int byAmountName = 0;
		int toReview = 0;
		int debits = 0;
		long credited = 0;
		for (ImportedLine line : fresh) {
			if (line.status == LineStatus.DEBIT) {
				debits++;
				continue;
			}
			credits++;
			credited += line.amountCents;
			if (line.status == LineStatus.REVIEW) {
				toReview++;
			}
			else if (line.matchedBy == MatchedBy.COMMUNICATION) {
				byCommunication++;
			}
			else if (line.matchedBy == MatchedBy.AMOUNT_NAME) {
				byAmountName++;
			}
		}
		return new ImportSummary(id, now, read, credits, byCommunication, byAmountName, toReview, read - fresh.size(),
				debits, notBooked, credited);
	}

	/** A reference short enough for the ledger's key, the same each time it is read. */
	static String reference(String reference) {
		return (reference.length() <= 120) ? reference
				: "L:" + sha256(reference.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 40);
	}

	private static long cents(BigDecimal amount) {
		try {
			return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
		}
		catch (ArithmeticException ex) {
			throw new ImportRefused("cents", StatementStore.cut(amount.toPlainString(), 40));
		}
	}

	private static String sha256(InputStreamSource file) {
		try (InputStream in = file.getInputStream()) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
