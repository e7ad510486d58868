/**
 * The impact page: figures that update themselves from the other modules' published
 * events (workshops delivered, pledges confirmed, reports received, learners started)
 * kept in a small ledger, and the projects' reach and countries, each with its source and
 * period; headline figures on the home page and the advocacy page.
 */
package org.vigie.advocacy.impact;
