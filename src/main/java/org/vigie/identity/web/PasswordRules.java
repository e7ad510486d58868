package org.vigie.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * Refuses passwords that are common or guessable, by zxcvbn's estimate (its lists of
 * leaked passwords, names and words, keyboard patterns, dates and repeats), and passwords
 * that contain the name part of the account's email address. Applies wherever a password
 * is chosen: setup, invitation, reset and change.
 */
@Component
class PasswordRules {

	/**
	 * zxcvbn's score from 0 to 4; 3 is "safely unguessable" for an online attack and
	 * more.
	 */
	static final int MIN_SCORE = 3;

	/** Parts of the email's name shorter than this are too common to refuse. */
	private static final int MIN_NAME_PART = 4;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * The problem with this password for the account of {@code email}, as a message key;
	 * empty when it is acceptable. The caller has checked its length.
	 */
	Optional<String> problem(String password, String email) {
		List<String> names = nameParts(email);
		String folded = password.toLowerCase(Locale.ROOT);
		if (names.stream().anyMatch(folded::contains)) {
			return Optional.of("password.error.email");
		}
		if (this.zxcvbn.measure(password, names).getScore() < MIN_SCORE) {
			return Optional.of("password.error.weak");
		}
		return Optional.empty();
	}

	/**
	 * The email's name (before the {@code @}) and its parts split on dots, dashes,
	 * pluses.
	 */
	private static List<String> nameParts(String email) {
		List<String> parts = new ArrayList<>();
		if (email == null || email.indexOf('@') <= 0) {
			return parts;
		}
		String name = email.strip().substring(0, email.strip().indexOf('@')).toLowerCase(Locale.ROOT);
		if (name.length() >= MIN_NAME_PART) {
			parts.add(name);
		}
		for (String part : name.split("[._+\\-]+")) {
			if (part.length() >= MIN_NAME_PART && !parts.contains(part)) {
				parts.add(part);
			}
		}
		return parts;
	}

}
