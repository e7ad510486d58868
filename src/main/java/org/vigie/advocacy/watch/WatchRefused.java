package org.vigie.advocacy.watch;

/**
 * A watched file or address that cannot be saved as given; the message is a message key
 * naming the reason, shown back on the form.
 */
public class WatchRefused extends RuntimeException {

	public WatchRefused(String key) {
		super(key);
	}

}
