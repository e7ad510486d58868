/**
 * Runners' and teams' pages under an event campaign: created without an account and
 * published by an emailed link, credited by the NGO's own checkout, with their totals,
 * sponsors and the campaign's leaderboard computed from the ledger.
 */
package org.vigie.fundraising.pages;
