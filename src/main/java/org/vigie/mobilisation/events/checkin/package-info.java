/**
 * Checking people in at the door: a code per registration in the confirmation's QR code,
 * the staff's page for phones, and the printed list.
 */
package org.vigie.mobilisation.events.checkin;
