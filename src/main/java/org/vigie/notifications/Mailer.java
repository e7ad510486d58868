package org.vigie.notifications;

/**
 * Sends email. Messages are stored in the caller's transaction and delivered after it
 * commits, so a rolled-back change sends nothing and a crash loses nothing.
 */
public interface Mailer {

	void send(Email email);

}
