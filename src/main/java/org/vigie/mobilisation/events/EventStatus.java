package org.vigie.mobilisation.events;

/** Whether an event still takes place. */
public enum EventStatus {

	/** It takes place as announced. */
	SCHEDULED,

	/** Staff called it off; it stays listed as cancelled and takes no registration. */
	CANCELLED

}
