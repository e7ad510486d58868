/**
 * Calendar files (RFC 5545) for the mobilisation's events: one event's file sent with a
 * confirmation or a cancellation, and the public feed per language.
 */
package org.vigie.mobilisation.events.calendar;
