/**
 * The tracker's back-office: the staff matrix, each cell's evidence and history with its
 * two actions (record a new status, correct the current row), instruments and provisions
 * edited in three languages with revisions, and the dataset's import and export.
 */
package org.vigie.advocacy.tracker.admin;
