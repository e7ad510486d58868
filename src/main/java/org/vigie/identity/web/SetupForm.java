package org.vigie.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * What the first administrator types on the setup page.
 *
 * @param token the one-time token from the server log
 * @param email their email address, used to sign in
 * @param displayName their name as shown in the back-office
 * @param password their password
 * @param passwordAgain the password typed twice
 * @param language the language of their back-office
 */
public record SetupForm(String token, String email, String displayName, String password, String passwordAgain,
		String language) {

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 128;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	static SetupForm empty() {
		return new SetupForm("", "", "", "", "", "fr");
	}

	/**
	 * The problems of the form, by field, as message keys; empty when it is acceptable.
	 */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(this.email) || this.email.length() > 320 || !EMAIL.matcher(this.email.strip()).matches()) {
			problems.put("email", "setup.error.email");
		}
		if (blank(this.displayName) || this.displayName.strip().length() > 200
				|| this.displayName.chars().anyMatch(Character::isISOControl)) {
			problems.put("displayName", "setup.error.name");
		}
		if (this.password == null || this.password.length() < MIN_PASSWORD || this.password.length() > MAX_PASSWORD) {
			problems.put("password", "setup.error.password");
		}
		else if (!this.password.equals(this.passwordAgain)) {
			problems.put("passwordAgain", "setup.error.passwordAgain");
		}
		if (Language.fromCode((this.language != null) ? this.language : "").isEmpty()) {
			problems.put("language", "setup.error.language");
		}
		return problems;
	}

	/**
	 * The problems of the form, the password's strength for this account included
	 * ({@link PasswordRules}).
	 */
	Map<String, String> problems(PasswordRules rules) {
		Map<String, String> problems = problems();
		if (!problems.containsKey("password") && !problems.containsKey("email")) {
			rules.problem(this.password, this.email).ifPresent((key) -> problems.put("password", key));
		}
		return problems;
	}

	Language chosenLanguage() {
		return Language.fromCode(this.language).orElse(Language.FR);
	}

	/** The form as shown again after a problem: passwords and token are never echoed. */
	SetupForm withoutSecrets() {
		return new SetupForm("", this.email, this.displayName, "", "", this.language);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
