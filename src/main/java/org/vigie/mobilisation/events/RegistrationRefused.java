package org.vigie.mobilisation.events;

/**
 * A registration could not be taken as sent (the event is closed, too many places asked
 * for, an unknown question...); the message is a message key saying why, for the form.
 */
public class RegistrationRefused extends RuntimeException {

	public RegistrationRefused(String messageKey) {
		super(messageKey);
	}

}
