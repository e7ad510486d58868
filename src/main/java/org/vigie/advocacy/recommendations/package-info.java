/**
 * Recommendations followed up: the NGO's own, parliament's, the UN Committee on the
 * Rights of the Child's and the Universal Periodic Review's in one model, with their
 * addressees (roles at Belgium's levels), commitments, a status timeline where every step
 * cites its evidence, and reminders to the team when a follow-up date comes.
 */
package org.vigie.advocacy.recommendations;
