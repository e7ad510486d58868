/**
 * Notifications: outgoing email through a transactional outbox, sent over SMTP with
 * retries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.vigie.notifications;
