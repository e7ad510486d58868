package org.vigie.fundraising.reconciliation;

/**
 * The back-office addresses of statements, their review and the reconciliation report.
 */
final class ReconciliationPaths {

	static final String STATEMENTS = "/admin/fundraising/statements";

	static final String IMPORT = STATEMENTS + "/import";

	static final String REVIEW = STATEMENTS + "/review";

	static final String REPORT = "/admin/fundraising/reconciliation";

	static final String REPORT_CSV = REPORT + "/report.csv";

	private ReconciliationPaths() {
	}

	static String imported(java.util.UUID id) {
		return STATEMENTS + "/imports/" + id;
	}

}
