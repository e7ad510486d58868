/**
 * The analyst's workspace: the list of reports with their deadlines, a report's page
 * (read with the analyst's key ring, labelled, assigned, answered, moved on), and its
 * images served blurred and never cached.
 */
package org.vigie.reporting.desk;
