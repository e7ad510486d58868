package org.vigie.reporting.reports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigie.identity.AuditTrail;
import org.vigie.identity.KeyDerivation;
import org.vigie.identity.StaffIdentity;
import org.vigie.reporting.ReportReceived;
import org.vigie.reporting.vault.AnalystKeys;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.Receipt;
import org.vigie.reporting.vault.ReceiptKeys;
import org.vigie.reporting.vault.Recipients;
import org.vigie.reporting.vault.RecoveryKey;
import org.vigie.reporting.vault.ReportKey;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports: submitting one, a reporter coming back with their receipt, analysts
 * reading and answering them. What a reporter wrote is encrypted with the report's key
 * before it reaches the database, and decrypted only with a key a recipient opened (an
 * analyst's key ring, the receipt, the recovery key); nothing here is ever logged.
 */
@Service
public class Reports {

	/** Wrong receipts in a row before a report's receipt is locked. */
	public static final int RECEIPT_TRIES = 10;

	/** How long a receipt stays locked. */
	public static final Duration RECEIPT_LOCK = Duration.ofHours(24);

	/** How long a submission waits for its turn to derive the receipt's key. */
	static final Duration SUBMISSION_WAIT = Duration.ofSeconds(120);

	/** How long a reporter coming back waits for a turn. */
	static final Duration RECEIPT_WAIT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CONTENT = "content";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AnalystKeys analysts;

	private final RecoveryKey recovery;

	private final ReceiptKeys receipts;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	Reports(JdbcClient jdbc, TransactionTemplate transactions, AnalystKeys analysts, RecoveryKey recovery,
			ReceiptKeys receipts, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.analysts = analysts;
		this.recovery = recovery;
		this.receipts = receipts;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A submitted report.
	 *
	 * @param id its opaque id
	 * @param receipt its receipt, when the reporter chose follow-up
	 */
	public record Submitted(UUID id, Optional<Receipt> receipt) {
	}

	/**
	 * Whether the line takes reports: only once the organisation's recovery key exists.
	 */
	public boolean open() {
		return this.recovery.exists();
	}

	/**
	 * Stores a report, encrypted, and its images. When this returns, the report is
	 * committed: a receipt shown afterwards is never lost.
	 * @throws LineClosed when the recovery key was not made yet
	 * @throws KeyDerivation.Busy when the server was too busy to derive the receipt's key
	 */
	public Submitted submit(ReportDraft draft, List<Upload> images) {
		byte[] recoveryKey = this.recovery.publicKey().orElseThrow(LineClosed::new);
		for (int attempt = 0;; attempt++) {
			UUID id = UUID.randomUUID();
			ReportKey key = ReportKey.generate(id);
			try {
				Optional<Receipt> receipt = draft.followUp().hasReceipt() ? Optional.of(freeReceipt())
						: Optional.empty();
				Optional<ReceiptKeys.Wrapped> forReceipt = receipt
					.map((r) -> this.receipts.wrap(key, r, SUBMISSION_WAIT));
				this.transactions
					.executeWithoutResult((tx) -> store(id, key, draft, images, recoveryKey, receipt, forReceipt));
				return new Submitted(id, receipt);
			}
			catch (DuplicateKeyException ex) {
				// Two new receipts took the same first group at once: draw again.
				if (attempt > 5) {
					throw ex;
				}
			}
			finally {
				key.destroy();
			}
		}
	}

	private Receipt freeReceipt() {
		for (;;) {
			Receipt receipt = Receipt.generate();
			Integer used = this.jdbc.sql("select count(*) from reporting_report where locator = ?")
				.param(receipt.locator())
				.query(Integer.class)
				.single();
			if (used == 0) {
				return receipt;
			}
		}
	}

	private void store(UUID id, ReportKey key, ReportDraft draft, List<Upload> images, byte[] recoveryKey,
			Optional<Receipt> receipt, Optional<ReceiptKeys.Wrapped> forReceipt) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into reporting_report (id, locator, received_at, status, status_at, category, country,
				  place_type, channel, follow_up, content)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, receipt.map(Receipt::locator).orElse(null), ts(now), Status.RECEIVED.name(), ts(now),
					draft.category().name(), draft.country(), draft.placeType().name(), draft.channel().name(),
					draft.followUp().name(), key.seal(JSON.writeValueAsBytes(draft.content()), CONTENT))
			.update();
		grant(id, Recipients.RECOVERY, null, key.wrapFor(recoveryKey));
		this.analysts.publicKeys()
			.forEach((staffId, publicKey) -> grant(id, Recipients.staff(staffId), null, key.wrapFor(publicKey)));
		forReceipt.ifPresent((wrapped) -> grant(id, Recipients.RECEIPT, wrapped.salt(), wrapped.wrapped()));
		statusChange(id, Status.RECEIVED, now, null);
		images.forEach((image) -> attach(key, null, image, now));
		this.events.publishEvent(new ReportReceived(id, draft.category().name(), now));
	}

	private void grant(UUID report, String recipient, byte[] salt, byte[] wrapped) {
		this.jdbc.sql("insert into reporting_grant (report_id, recipient, salt, wrapped) values (?, ?, ?, ?)")
			.params(report, recipient, salt, wrapped)
			.update();
	}

	private void statusChange(UUID report, Status status, Instant at, Long staffId) {
		this.jdbc.sql("""
				insert into reporting_status_change (report_id, position, status, changed_at, staff_id)
				select ?, coalesce(max(position), 0) + 1, ?, ?, ? from reporting_status_change where report_id = ?""")
			.params(report, status.name(), ts(at), staffId, report)
			.update();
	}

	private void attach(ReportKey key, UUID message, Upload image, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into reporting_attachment (id, report_id, message_id, added_at, media_type, size_bytes, sealed)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, key.report(), message, ts(at), image.mediaType(), image.bytes().length,
					key.seal(image.bytes(), "attachment:" + id))
			.update();
	}

	// The reporter, with their receipt.

	/** What a typed receipt opened. */
	public enum ReceiptResult {

		/** The report's key. */
		OPENED,

		/** No report has this receipt (or it is mistyped): the same answer either way. */
		NOT_RECOGNISED,

		/** Too many wrong tries: the receipt is locked for a while. */
		LOCKED

	}

	/**
	 * The answer to a typed receipt.
	 *
	 * @param result what it opened
	 * @param key the report's key when opened
	 */
	public record ReceiptAnswer(ReceiptResult result, Optional<ReportKey> key) {
	}

	/**
	 * Opens a report with its receipt. Wrong receipts for a report are counted; after
	 * {@value #RECEIPT_TRIES} in a row it is locked for {@link #RECEIPT_LOCK}, even to
	 * the right receipt.
	 * @throws KeyDerivation.Busy when the server was too busy to check it
	 */
	public ReceiptAnswer openWithReceipt(String typed) {
		Optional<Receipt> receipt = Receipt.parse(typed);
		if (receipt.isEmpty()) {
			return new ReceiptAnswer(ReceiptResult.NOT_RECOGNISED, Optional.empty());
		}
		record Row(UUID id, Timestamp lockedUntil, byte[] salt, byte[] wrapped) {
		}
		Optional<Row> row = this.jdbc.sql("""
				select r.id, r.locked_until, g.salt, g.wrapped from reporting_report r
				join reporting_grant g on g.report_id = r.id and g.recipient = ?
				where r.locator = ?""")
			.params(Recipients.RECEIPT, receipt.get().locator())
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2), rs.getBytes(3), rs.getBytes(4)))
			.optional();
		if (row.isEmpty()) {
			return new ReceiptAnswer(ReceiptResult.NOT_RECOGNISED, Optional.empty());
		}
		Instant now = this.clock.instant();
		if (row.get().lockedUntil() != null && row.get().lockedUntil().toInstant().isAfter(now)) {
			return new ReceiptAnswer(ReceiptResult.LOCKED, Optional.empty());
		}
		UUID id = row.get().id();
		Optional<ReportKey> key = this.receipts.unwrap(id,
				new ReceiptKeys.Wrapped(row.get().salt(), row.get().wrapped()), receipt.get(), RECEIPT_WAIT);
		if (key.isPresent()) {
			this.jdbc.sql("update reporting_report set receipt_failures = 0, locked_until = null where id = ?")
				.param(id)
				.update();
			return new ReceiptAnswer(ReceiptResult.OPENED, key);
		}
		this.jdbc.sql("""
				update reporting_report set receipt_failures = receipt_failures + 1,
				  locked_until = case when receipt_failures + 1 >= ? then ? else locked_until end
				where id = ?""").params(RECEIPT_TRIES, ts(now.plus(RECEIPT_LOCK)), id).update();
		boolean locked = this.jdbc.sql("select receipt_failures from reporting_report where id = ?")
			.param(id)
			.query(Integer.class)
			.single() >= RECEIPT_TRIES;
		return new ReceiptAnswer(locked ? ReceiptResult.LOCKED : ReceiptResult.NOT_RECOGNISED, Optional.empty());
	}

	/**
	 * What a reporter sees of their report.
	 *
	 * @param id the report
	 * @param status where it stands
	 * @param history each status with its date
	 * @param messages the messages, oldest first
	 * @param canWrite whether the reporter may still write (not once closed)
	 */
	public record ReporterView(UUID id, Status status, List<StatusStep> history, List<Message> messages,
			boolean canWrite) {
	}

	/**
	 * A status a report took, and when.
	 *
	 * @param status the status
	 * @param at when
	 */
	public record StatusStep(Status status, Instant at) {
	}

	/** The reporter's view of their report; analysts' messages are marked read. */
	public ReporterView reporterView(ReportKey key) {
		ReportSummary summary = summary(key.report()).orElseThrow(NoSuchReport::new);
		List<Message> messages = messages(key);
		this.jdbc.sql("update reporting_message set read_at = ? where report_id = ? and author = ? and read_at is null")
			.params(ts(this.clock.instant()), key.report(), Message.Author.ANALYST.name())
			.update();
		return new ReporterView(summary.id(), summary.status(), history(key.report()), messages,
				summary.status() != Status.CLOSED);
	}

	/**
	 * The reporter writes back, with images if they wish.
	 * @throws IllegalStateException when the report is closed
	 */
	public void reporterWrites(ReportKey key, String text, List<Upload> images) {
		String body = ReportContent.optional(text, ReportContent.MAX_WHAT);
		if (body.isBlank() && images.isEmpty()) {
			throw new IllegalArgumentException("An empty message");
		}
		this.transactions.executeWithoutResult((tx) -> {
			ReportSummary summary = summary(key.report()).orElseThrow(NoSuchReport::new);
			if (summary.status() == Status.CLOSED) {
				throw new IllegalStateException("The report is closed");
			}
			UUID message = message(key, Message.Author.REPORTER, null, body);
			images.forEach((image) -> attach(key, message, image, this.clock.instant()));
		});
	}

	private UUID message(ReportKey key, Message.Author author, Long staffId, String body) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into reporting_message (id, report_id, sent_at, author, staff_id, body)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, key.report(), ts(this.clock.instant()), author.name(), staffId,
					key.sealText(body, "message:" + id))
			.update();
		return id;
	}

	// Analysts.

	/** Every report's clear fields, those still open first, then by next deadline. */
	public List<ReportSummary> all() {
		return this.jdbc.sql("select " + SUMMARY + " from reporting_report order by received_at desc")
			.query((rs, n) -> summaryOf(rs))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((ReportSummary r) -> r.status() == Status.CLOSED)
				.thenComparing((r) -> Optional.ofNullable(r.deadlines().next()).orElse(Instant.MAX)))
			.toList();
	}

	/** A report's clear fields. */
	public Optional<ReportSummary> summary(UUID id) {
		return this.jdbc.sql("select " + SUMMARY + " from reporting_report where id = ?")
			.param(id)
			.query((rs, n) -> summaryOf(rs))
			.optional();
	}

	/**
	 * A report's key, opened with a key ring it was wrapped for.
	 * @return empty when this key ring was not granted the report
	 */
	public Optional<ReportKey> key(UUID report, Keyring keyring) {
		return this.jdbc.sql("select wrapped from reporting_grant where report_id = ? and recipient = ?")
			.params(report, Recipients.of(keyring))
			.query(byte[].class)
			.optional()
			.flatMap((wrapped) -> keyring.unwrap(report, wrapped));
	}

	/**
	 * A report as an analyst reads it.
	 *
	 * @param summary its clear fields
	 * @param content what the reporter wrote
	 * @param history its statuses
	 * @param messages the messages
	 * @param attachments the images sent with the report itself
	 */
	public record ReportDetail(ReportSummary summary, ReportContent content, List<StatusStep> history,
			List<Message> messages, List<Message.AttachmentInfo> attachments) {
	}

	/** Reads a report with its key; the reading is in the audit trail. */
	public ReportDetail read(ReportKey key, StaffIdentity analyst) {
		ReportSummary summary = summary(key.report()).orElseThrow(NoSuchReport::new);
		byte[] sealed = this.jdbc.sql("select content from reporting_report where id = ?")
			.param(key.report())
			.query(byte[].class)
			.single();
		ReportContent content = JSON.readValue(key.open(sealed, CONTENT), ReportContent.class);
		this.audit.record(ReportingAudit.REPORT_READ, analyst.email(), key.report().toString(), null);
		this.jdbc.sql("update reporting_message set read_at = ? where report_id = ? and author = ? and read_at is null")
			.params(ts(this.clock.instant()), key.report(), Message.Author.REPORTER.name())
			.update();
		return new ReportDetail(summary, content, history(key.report()), messages(key),
				attachments(key.report(), null));
	}

	/** An attached image's bytes, decrypted. */
	public Optional<Upload> attachment(ReportKey key, UUID attachment) {
		return this.jdbc.sql("select media_type, sealed from reporting_attachment where id = ? and report_id = ?")
			.params(attachment, key.report())
			.query((rs, n) -> new Upload(rs.getString(1), key.open(rs.getBytes(2), "attachment:" + attachment)))
			.optional();
	}

	/**
	 * An analyst writes to the reporter, who reads it with their receipt.
	 * @throws IllegalStateException when the reporter chose no contact
	 */
	public void analystWrites(ReportKey key, StaffIdentity analyst, String text) {
		String body = ReportContent.optional(text, ReportContent.MAX_WHAT);
		if (body.isBlank()) {
			throw new IllegalArgumentException("An empty message");
		}
		this.transactions.executeWithoutResult((tx) -> {
			ReportSummary summary = summary(key.report()).orElseThrow(NoSuchReport::new);
			if (!summary.followUp().hasReceipt()) {
				throw new IllegalStateException("The reporter chose no contact");
			}
			message(key, Message.Author.ANALYST, analyst.id(), body);
			this.jdbc.sql("update reporting_report set acknowledged_at = coalesce(acknowledged_at, ?) where id = ?")
				.params(ts(this.clock.instant()), key.report())
				.update();
			this.audit.record(ReportingAudit.REPORT_MESSAGE_SENT, analyst.email(), key.report().toString(), null);
		});
	}

	/**
	 * Moves a report to a status; closing needs an outcome. Leaving "received" is triage;
	 * forwarding or closing is feedback.
	 */
	public void changeStatus(UUID report, Status status, Outcome outcome, StaffIdentity analyst) {
		if (status == Status.CLOSED && outcome == null) {
			throw new IllegalArgumentException("Closing a report needs an outcome");
		}
		this.transactions.executeWithoutResult((tx) -> {
			ReportSummary summary = summary(report).orElseThrow(NoSuchReport::new);
			if (summary.status() == status) {
				return;
			}
			Instant now = this.clock.instant();
			boolean feedback = status == Status.FORWARDED || status == Status.CLOSED;
			this.jdbc.sql("""
					update reporting_report set status = ?, status_at = ?, outcome = ?,
					  triaged_at = coalesce(triaged_at, ?), feedback_at = case when ? then coalesce(feedback_at, ?)
					  else feedback_at end
					where id = ?""")
				.params(status.name(), ts(now), (status == Status.CLOSED) ? outcome.name() : null, ts(now), feedback,
						ts(now), report)
				.update();
			statusChange(report, status, now, analyst.id());
			this.audit.record(ReportingAudit.REPORT_STATUS_CHANGED, analyst.email(), report.toString(),
					status.name() + ((status == Status.CLOSED) ? " " + outcome.name() : ""));
		});
	}

	/** Assigns a report to an analyst, or to nobody. */
	public void assign(UUID report, Long staffId, StaffIdentity analyst) {
		this.jdbc.sql("update reporting_report set assigned_to = ? where id = ?").params(staffId, report).update();
		this.audit.record(ReportingAudit.REPORT_ASSIGNED, analyst.email(), report.toString(),
				(staffId != null) ? "staff " + staffId : "nobody");
	}

	/** Lifts the lock wrong receipts put on a report. */
	public void unlockReceipt(UUID report, StaffIdentity analyst) {
		this.jdbc.sql("update reporting_report set receipt_failures = 0, locked_until = null where id = ?")
			.param(report)
			.update();
		this.audit.record(ReportingAudit.REPORT_RECEIPT_UNLOCKED, analyst.email(), report.toString(), null);
	}

	/**
	 * Grants an analyst every report the key ring opens: each report's key is unwrapped
	 * and wrapped again for the analyst's public key.
	 * @param keyring an analyst's key ring, or the recovery key's
	 * @param staffId the analyst given access
	 * @param actor who grants it, for the audit trail
	 * @return how many reports were granted
	 * @throws IllegalStateException when the analyst has no key pair yet (they must sign
	 * in once first)
	 */
	public int grantAll(Keyring keyring, long staffId, StaffIdentity actor) {
		byte[] publicKey = this.analysts.publicKey(staffId)
			.orElseThrow(() -> new IllegalStateException("The analyst has no key yet"));
		String recipient = Recipients.staff(staffId);
		Map<UUID, byte[]> wrapped = new LinkedHashMap<>();
		this.jdbc.sql("""
				select g.report_id, g.wrapped from reporting_grant g where g.recipient = ?
				and not exists (select 1 from reporting_grant h where h.report_id = g.report_id and h.recipient = ?)""")
			.params(Recipients.of(keyring), recipient)
			.query((rs, n) -> wrapped.put(rs.getObject(1, UUID.class), rs.getBytes(2)))
			.list();
		List<UUID> granted = new ArrayList<>();
		this.transactions.executeWithoutResult(
				(tx) -> wrapped.forEach((report, key) -> keyring.unwrap(report, key).ifPresent((reportKey) -> {
					grant(report, recipient, null, reportKey.wrapFor(publicKey));
					reportKey.destroy();
					granted.add(report);
				})));
		this.audit.record(
				(keyring.holder() == Keyring.RECOVERY) ? ReportingAudit.RECOVERY_KEY_USED
						: ReportingAudit.REPORT_ACCESS_GRANTED,
				actor.email(), "staff " + staffId, granted.size() + " reports");
		return granted.size();
	}

	/**
	 * Deletes a report for good: first every wrapped copy of its key, in a transaction of
	 * its own (after which nothing can decrypt it), then its ciphertext.
	 */
	public void shred(UUID report, String actor) {
		this.transactions.executeWithoutResult(
				(tx) -> this.jdbc.sql("delete from reporting_grant where report_id = ?").param(report).update());
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.sql("delete from reporting_report where id = ?").param(report).update();
			this.audit.record(ReportingAudit.REPORT_DELETED, actor, report.toString(), null);
		});
	}

	private List<Message> messages(ReportKey key) {
		return this.jdbc.sql(
				"select id, author, staff_id, sent_at, body from reporting_message where report_id = ? order by sent_at, id")
			.param(key.report())
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				long staff = rs.getLong(3);
				return new Message(id, Message.Author.valueOf(rs.getString(2)), rs.wasNull() ? null : staff,
						rs.getTimestamp(4).toInstant(), key.openText(rs.getBytes(5), "message:" + id), List.of());
			})
			.list()
			.stream()
			.map((m) -> new Message(m.id(), m.author(), m.staffId(), m.sentAt(), m.text(),
					attachments(key.report(), m.id())))
			.toList();
	}

	private List<Message.AttachmentInfo> attachments(UUID report, UUID message) {
		return this.jdbc
			.sql("select id, media_type, size_bytes from reporting_attachment where report_id = ? and "
					+ ((message != null) ? "message_id = ?" : "message_id is null") + " order by added_at, id")
			.params((message != null) ? List.of(report, message) : List.of(report))
			.query((rs, n) -> new Message.AttachmentInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
			.list();
	}

	private List<StatusStep> history(UUID report) {
		return this.jdbc
			.sql("select status, changed_at from reporting_status_change where report_id = ? order by position")
			.param(report)
			.query((rs, n) -> new StatusStep(Status.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.list();
	}

	private static final String SUMMARY = "id, received_at, status, status_at, category, country, place_type, channel,"
			+ " follow_up, outcome, assigned_to, triaged_at, acknowledged_at, feedback_at, locked_until";

	private static ReportSummary summaryOf(java.sql.ResultSet rs) throws java.sql.SQLException {
		Instant received = rs.getTimestamp("received_at").toInstant();
		FollowUp followUp = FollowUp.valueOf(rs.getString("follow_up"));
		long assigned = rs.getLong("assigned_to");
		Long assignedTo = rs.wasNull() ? null : assigned;
		String outcome = rs.getString("outcome");
		return new ReportSummary(rs.getObject("id", UUID.class), received, Status.valueOf(rs.getString("status")),
				rs.getTimestamp("status_at").toInstant(), Category.valueOf(rs.getString("category")),
				rs.getString("country"), PlaceType.valueOf(rs.getString("place_type")),
				Channel.valueOf(rs.getString("channel")), followUp, (outcome != null) ? Outcome.valueOf(outcome) : null,
				assignedTo, Deadlines.of(received, followUp, instant(rs, "triaged_at"), instant(rs, "acknowledged_at"),
						instant(rs, "feedback_at")),
				instant(rs, "locked_until"));
	}

	private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	/** The line takes no report before the organisation's recovery key is made. */
	public static class LineClosed extends RuntimeException {

		public LineClosed() {
			super("The reporting line is not open yet");
		}

	}

	/** No such report (deleted, or never was). */
	public static class NoSuchReport extends RuntimeException {

		public NoSuchReport() {
			super("No such report");
		}

	}

}
