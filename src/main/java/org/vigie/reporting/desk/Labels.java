package org.vigie.reporting.desk;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labels analysts put on reports: short words of their own, stored in clear so that the
 * list shows them without decrypting anything. They must never identify anyone (the page
 * says so); their length and characters are bounded to keep them words, not notes.
 */
@Component
class Labels {

	/** The longest label. */
	static final int MAX_LENGTH = 40;

	/** The most labels a report carries. */
	static final int MAX_PER_REPORT = 12;

	private static final Pattern WORDS = Pattern
		.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _'-]{0," + (MAX_LENGTH - 1) + "}");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Labels(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A typed label, tidied, if it is an acceptable one. */
	static Optional<String> tidy(String typed) {
		if (typed == null || typed.length() > 200) {
			return Optional.empty();
		}
		String label = typed.strip().replaceAll("\\s+", " ");
		return WORDS.matcher(label).matches() ? Optional.of(label) : Optional.empty();
	}

	/** A report's labels, alphabetically. */
	List<String> of(UUID report) {
		return this.jdbc.sql("select label from reporting_label where report_id = ? order by label")
			.param(report)
			.query(String.class)
			.list();
	}

	/** Every report's labels. */
	Map<UUID, List<String>> all() {
		Map<UUID, List<String>> labels = new HashMap<>();
		this.jdbc.sql("select report_id, label from reporting_label order by label")
			.query((rs, n) -> labels.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return labels;
	}

	/**
	 * Adds a label.
	 * @return false when the report has as many labels as it may
	 */
	@Transactional
	boolean add(UUID report, String label, StaffIdentity analyst) {
		List<String> present = of(report);
		if (present.stream().anyMatch(label::equalsIgnoreCase)) {
			return true;
		}
		if (present.size() >= MAX_PER_REPORT) {
			return false;
		}
		this.jdbc.sql("insert into reporting_label (report_id, label, added_at, staff_id) values (?, ?, ?, ?)")
			.params(report, label, Timestamp.from(this.clock.instant()), analyst.id())
			.update();
		this.audit.record(DeskAudit.REPORT_LABELLED, analyst.email(), report.toString(), "added");
		return true;
	}

	@Transactional
	void remove(UUID report, String label, StaffIdentity analyst) {
		int removed = this.jdbc.sql("delete from reporting_label where report_id = ? and label = ?")
			.params(report, label)
			.update();
		if (removed > 0) {
			this.audit.record(DeskAudit.REPORT_LABELLED, analyst.email(), report.toString(), "removed");
		}
	}

}
