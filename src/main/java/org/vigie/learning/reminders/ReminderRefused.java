package org.vigie.learning.reminders;

/**
 * A reminder request, link or setting that was refused, and why; it changed nothing. The
 * reason names the message shown ({@code learning.reminders.refused.*}).
 */
public class ReminderRefused extends RuntimeException {

	/** Why it was refused. */
	public enum Reason {

		/** The address is missing, too long or not an email address. */
		BAD_EMAIL(400),

		/** The hour is not a whole number from 0 to 23. */
		BAD_HOUR(400),

		/** The language is not one of the site's. */
		BAD_LANGUAGE(400),

		/** The form is too old, forged or sent from another site: reload the page. */
		BAD_FORM(400),

		/** Too many links were asked for, from this network or for this address. */
		TOO_MANY(429),

		/** The link is unknown, expired, used already or altered. */
		BAD_LINK(400),

		/** The unsubscribe link is altered, or reminders are off already. */
		BAD_UNSUBSCRIBE(400),

		/** This browser has no reminders to change. */
		NOT_SUBSCRIBED(400);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		/** The HTTP status of the page that explains it. */
		public int status() {
			return this.status;
		}

	}

	private final Reason reason;

	public ReminderRefused(Reason reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
