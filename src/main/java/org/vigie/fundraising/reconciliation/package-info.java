/**
 * Bank statements imported by fundraisers, their lines matched to gifts (by structured
 * communication, then by amount and name, else by a fundraiser in the review queue), and
 * the reconciliation report of gifts, provider payouts and bank lines, to the cent.
 */
package org.vigie.fundraising.reconciliation;
