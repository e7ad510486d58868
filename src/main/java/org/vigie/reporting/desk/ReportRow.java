package org.vigie.reporting.desk;

import java.util.List;

import org.vigie.reporting.reports.ReportSummary;

/**
 * A line of the list of reports: its clear fields, its next deadline, its labels and who
 * it is assigned to.
 *
 * @param summary the clear fields
 * @param due the next deadline
 * @param labels its labels
 * @param assignee the assigned analyst's name, or {@code null}
 */
record ReportRow(ReportSummary summary, Due due, List<String> labels, String assignee) {
}
