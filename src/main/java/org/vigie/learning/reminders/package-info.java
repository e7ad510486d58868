/**
 * Reminders by email when a learner's cards are due, and sign-in on another device by the
 * same emailed link: double opt-in, no password, the address kept sealed and only while
 * reminders are on, one-click unsubscribe.
 */
package org.vigie.learning.reminders;
