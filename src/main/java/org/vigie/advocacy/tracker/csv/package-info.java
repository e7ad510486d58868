/**
 * The tracker's dataset read back from CSV: the evidence fields shared by the staff form
 * and the import, and the import itself (every row checked before one is written).
 */
package org.vigie.advocacy.tracker.csv;
