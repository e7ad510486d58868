/**
 * Identity: staff accounts, their roles and permissions, sign-in to the back-office, and
 * the tamper-evident audit trail every module writes to through
 * {@link org.vigie.identity.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.vigie.identity;
