package org.vigie.mobilisation.events.checkin;

import java.util.UUID;

/**
 * The staff's check-in addresses, under the campaigners' part of the back office.
 */
final class CheckInPaths {

	static final String DESK = "/admin/mobilisation/events/{id}/check-in";

	private CheckInPaths() {
	}

	/** An event's check-in page. */
	static String desk(UUID eventId) {
		return "/admin/mobilisation/events/" + eventId + "/check-in";
	}

}
