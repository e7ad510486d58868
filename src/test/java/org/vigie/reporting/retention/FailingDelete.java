package org.vigie.reporting.retention;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.api.Trigger;

/**
 * An H2 trigger that makes deleting chosen reports fail: a crash or an error between the
 * two steps of shredding, injected into the real database.
 */
public class FailingDelete implements Trigger {

	/** The reports whose deletion fails. */
	static final Set<UUID> REPORTS = ConcurrentHashMap.newKeySet();

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (oldRow != null && REPORTS.contains(oldRow[0])) {
			throw new SQLException("Injected failure while deleting a report");
		}
	}

}
