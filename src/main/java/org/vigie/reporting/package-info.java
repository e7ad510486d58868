/**
 * The reporting line: a person who saw a child at risk abroad reports it, anonymously if
 * they wish, and follows it up with a receipt; analysts triage, answer and hand reports
 * over to the police. Report content is encrypted with a key of its own, wrapped for each
 * analyst, for the organisation's recovery key and for the receipt; the server alone
 * cannot read it. The module depends only on {@code site} and {@code identity}, and what
 * it publishes ({@link org.vigie.reporting.ReportReceived}) carries only an opaque id, a
 * category and a time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting line",
		allowedDependencies = { "site", "identity" })
package org.vigie.reporting;
