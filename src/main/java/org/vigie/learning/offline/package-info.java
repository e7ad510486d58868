/**
 * The cards on a phone without network: an installable web app (manifest, service worker,
 * offline page) that keeps the decks a learner chooses, lets them answer the cards due
 * while offline and sends the answers later, applied once and in order.
 */
package org.vigie.learning.offline;
