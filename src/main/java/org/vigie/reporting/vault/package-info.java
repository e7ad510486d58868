/**
 * The line's keys. Each report has a key of its own
 * ({@link org.vigie.reporting.vault.ReportKey}); it is wrapped with HPKE (RFC 9180,
 * through Tink) for each analyst's public key and for the organisation's recovery key,
 * and with a key derived by Argon2id from the reporter's receipt. Analysts' private keys
 * are stored wrapped under Argon2id of their password and opened at sign-in into a
 * {@link org.vigie.reporting.vault.Keyring} held in their session only. The server alone
 * holds no key that opens a report.
 */
package org.vigie.reporting.vault;
