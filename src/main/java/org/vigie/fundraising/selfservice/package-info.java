/**
 * The donor's own page, opened from an emailed single-use link with no password: their
 * gifts, their monthly gifts to change or stop, their tax certificates to download, the
 * national register number on file, and erasure (GDPR) from their side.
 */
package org.vigie.fundraising.selfservice;
