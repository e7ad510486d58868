/**
 * How long reports are kept: closed reports are crypto-shredded once their outcome's
 * retention period has passed, by a daily job; reports still open are never deleted
 * automatically.
 */
package org.vigie.reporting.retention;
