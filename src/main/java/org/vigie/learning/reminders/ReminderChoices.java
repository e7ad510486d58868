package org.vigie.learning.reminders;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * What a learner types or picks on the reminders' form, checked: an email address on one
 * line of ordinary characters (no header can be slipped in), an hour from 0 to 23, one of
 * the site's languages. Anything else is refused before it reaches the database or an
 * email.
 */
final class ReminderChoices {

	/** The longest address SMTP carries. */
	static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
			+ "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private ReminderChoices() {
	}

	/** The address, without surrounding spaces and in lower case. */
	static String email(String value) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.length() > MAX_EMAIL || !EMAIL.matcher(stripped).matches() || stripped.contains("..")
				|| stripped.startsWith(".") || stripped.contains(".@")) {
			throw new ReminderRefused(ReminderRefused.Reason.BAD_EMAIL);
		}
		return stripped.toLowerCase(Locale.ROOT);
	}

	/** The hour of the day, 0 to 23. */
	static int hour(String value) {
		if (value == null || !value.matches("[0-9]{1,2}")) {
			throw new ReminderRefused(ReminderRefused.Reason.BAD_HOUR);
		}
		int hour = Integer.parseInt(value);
		if (hour > 23) {
			throw new ReminderRefused(ReminderRefused.Reason.BAD_HOUR);
		}
		return hour;
	}

	/** One of the site's languages, by its code. */
	static Language language(String value) {
		Optional<Language> language = (value != null && value.length() == 2) ? Language.fromCode(value)
				: Optional.empty();
		return language.orElseThrow(() -> new ReminderRefused(ReminderRefused.Reason.BAD_LANGUAGE));
	}

}
