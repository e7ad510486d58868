/**
 * The outbox table and the relay that delivers it.
 */
package org.vigie.notifications.outbox;
