/**
 * Hand-over to the police: the units that receive packages and their OpenPGP keys, the
 * organisation's signing key, and the packages themselves (a ZIP of the chosen fields
 * with a manifest of hashes, signed by the organisation and encrypted to one unit).
 */
package org.vigie.reporting.handover;
