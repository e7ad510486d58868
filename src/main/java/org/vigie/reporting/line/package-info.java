/**
 * The public side of the reporting line: the pages a reporter reads and fills in, without
 * a session or a cookie until they come back with their receipt, and the security rules
 * that keep them private (no logs, no cache, no third party, no referrer).
 */
package org.vigie.reporting.line;
