package org.vigie.identity;

import java.util.function.Function;

import org.vigie.site.Language;

/**
 * Emails to the staff who hold a permission, for modules that must tell a team something
 * (advocacy's follow-up reminders and weekly digest) without ever seeing their addresses.
 * Each enabled member holding the permission through one of their roles gets the letter
 * in their back-office language; administrators get it only when nobody else holds the
 * permission, so a reminder is never lost and never sent to everyone.
 */
public interface StaffMail {

	/**
	 * Queues the letter for each member concerned (sent after the transaction commits).
	 * @param letter the letter in a language
	 * @return how many members it was queued for
	 */
	int toHolders(Permission permission, Function<Language, Letter> letter);

	/**
	 * A plain-text email.
	 *
	 * @param subject its subject
	 * @param text its body
	 */
	record Letter(String subject, String text) {
	}

}
