/**
 * Reminders of an event to the people confirmed for it, a week and a day before.
 */
package org.vigie.mobilisation.events.reminders;
