package org.vigie.learning.offline;

import java.util.List;

/**
 * What the offline app sends: the answers it queued, in the order they were given.
 *
 * @param answers the answers
 */
record SyncBatch(List<Sent> answers) {

	/**
	 * One answer as the device recorded it; every field is checked before use.
	 *
	 * @param id the device's random id for it (a UUID), so that it is applied once
	 * @param deck the deck's slug in the language of the address it is sent to
	 * @param card the card's id
	 * @param choice the option chosen
	 * @param answeredAt when, as an ISO-8601 instant
	 */
	record Sent(String id, String deck, String card, Integer choice, String answeredAt) {

	}

}
