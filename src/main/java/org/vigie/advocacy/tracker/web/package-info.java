/**
 * The directive tracker's public side: the matrix page with its sorts and filters, "as
 * of" any day, the dataset in CSV and JSON with its documentation page, a page per member
 * state and per provision with every cell's evidence and history, the teaser on the
 * advocacy page and the sitemap entries.
 */
package org.vigie.advocacy.tracker.web;
