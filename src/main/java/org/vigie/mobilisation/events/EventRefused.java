package org.vigie.mobilisation.events;

/**
 * An event or a question staff tried to save is not valid; the message is a message key
 * saying why, for the form.
 */
public class EventRefused extends RuntimeException {

	public EventRefused(String messageKey) {
		super(messageKey);
	}

}
