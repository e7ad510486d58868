package org.vigie.reporting.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Where hand-overs are kept. A decision is recorded only while the hand-over is still
 * pending, and an approval only by someone other than its preparer, in the same
 * statement: two analysts deciding at once cannot both win, and no caller can approve
 * their own.
 */
@Component
class HandoverStore {

	private static final String COLUMNS = "h.id, h.report_id, h.unit_id, u.name, u.fingerprint, h.fields, h.status,"
			+ " h.prepared_by, h.prepared_by_email, h.prepared_at, h.decided_by_email, h.decided_at, h.reason,"
			+ " h.file_name, h.sha256";

	private final JdbcClient jdbc;

	HandoverStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(UUID report, long unit, Set<HandoverField> fields, long staffId, String email, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into reporting_handover (report_id, unit_id, fields, status, prepared_by, prepared_by_email,
				  prepared_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(report, unit, fields.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
					Handover.Status.PENDING.name(), staffId, email, Timestamp.from(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	boolean approve(long id, long staffId, String email, Instant at, HandoverPackage pack) {
		return this.jdbc.sql("""
				update reporting_handover set status = ?, decided_by = ?, decided_by_email = ?, decided_at = ?,
				  file_name = ?, sha256 = ?, package = ?
				where id = ? and status = ? and prepared_by <> ?""")
			.params(Handover.Status.APPROVED.name(), staffId, email, Timestamp.from(at), pack.fileName(), pack.sha256(),
					pack.content(), id, Handover.Status.PENDING.name(), staffId)
			.update() == 1;
	}

	boolean reject(long id, long staffId, String email, Instant at, String reason) {
		return this.jdbc.sql("""
				update reporting_handover set status = ?, decided_by = ?, decided_by_email = ?, decided_at = ?,
				  reason = ?
				where id = ? and status = ?""")
			.params(Handover.Status.REJECTED.name(), staffId, email, Timestamp.from(at), reason, id,
					Handover.Status.PENDING.name())
			.update() == 1;
	}

	Optional<Handover> find(long id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from reporting_handover h join reporting_police_unit u on u.id = h.unit_id"
					+ " where h.id = ?")
			.param(id)
			.query((rs, n) -> handover(rs))
			.optional();
	}

	/** Pending ones first, newest first. */
	List<Handover> all() {
		return this.jdbc
			.sql("select " + COLUMNS + " from reporting_handover h join reporting_police_unit u on u.id = h.unit_id"
					+ " order by case when h.status = 'PENDING' then 0 else 1 end, h.prepared_at desc, h.id desc")
			.query((rs, n) -> handover(rs))
			.list();
	}

	Optional<byte[]> packageOf(long id) {
		return this.jdbc.sql("select package from reporting_handover where id = ? and package is not null")
			.param(id)
			.query(byte[].class)
			.optional();
	}

	private static Handover handover(ResultSet rs) throws SQLException {
		Set<HandoverField> fields = EnumSet.noneOf(HandoverField.class);
		Arrays.stream(rs.getString(6).split(",")).map(HandoverField::valueOf).forEach(fields::add);
		Timestamp decided = rs.getTimestamp(12);
		return new Handover(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getString(4),
				UnitKey.spaced(rs.getString(5)), fields, Handover.Status.valueOf(rs.getString(7)), rs.getLong(8),
				rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11),
				(decided != null) ? decided.toInstant() : null, rs.getString(13), rs.getString(14), rs.getString(15));
	}

}
