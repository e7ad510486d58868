package org.vigie.mobilisation.events;

/**
 * How full an event is.
 *
 * @param capacity its places, or {@code null} for no limit
 * @param confirmed the places confirmed
 * @param offered the places kept for open offers
 * @param waiting the places asked for on the waiting list
 */
public record Places(Integer capacity, int confirmed, int offered, int waiting) {

	/** The places still free, or {@code -1} for no limit. */
	public int left() {
		return (this.capacity == null) ? -1 : Math.max(0, this.capacity - this.confirmed - this.offered);
	}

	/** Whether no place is free: a newcomer goes on the waiting list. */
	public boolean full() {
		return this.capacity != null && left() == 0;
	}

}
