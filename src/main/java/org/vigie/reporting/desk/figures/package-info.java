/**
 * The line's annual figures: counts by category, country, type of place, channel and
 * outcome, from the clear columns only, with small counts hidden.
 */
package org.vigie.reporting.desk.figures;
