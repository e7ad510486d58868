/**
 * The audit trail: entries chained by SHA-256 hashes, appended under a database lock.
 */
package org.vigie.identity.audit;
