/**
 * Statements organisations sign (sign-on letters): one signature per organisation,
 * confirmed by an address at its own web domain or reviewed by staff, with badges for the
 * trust reached, withdrawal by emailed link, and exports for staff.
 */
package org.vigie.mobilisation.statements;
