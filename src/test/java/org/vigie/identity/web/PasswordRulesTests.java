package org.vigie.identity.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chosen passwords must not be common, guessable or built on the account's email name.
 */
class PasswordRulesTests {

	private final PasswordRules rules = new PasswordRules();

	@Test
	void refusesCommonAndGuessablePasswords() {
		assertThat(this.rules.problem("password12345", "ada@example.org")).contains("password.error.weak");
		assertThat(this.rules.problem("qwertyuiop123", "ada@example.org")).contains("password.error.weak");
		assertThat(this.rules.problem("aaaaaaaaaaaaaaaa", "ada@example.org")).contains("password.error.weak");
	}

	@Test
	void refusesPasswordsHoldingTheEmailName() {
		assertThat(this.rules.problem("Lovelace-Kaleidoscope-91", "ada.lovelace@example.org"))
			.contains("password.error.email");
		assertThat(this.rules.problem("my ada.lovelace is long", "Ada.Lovelace@example.org"))
			.contains("password.error.email");
	}

	@Test
	void acceptsLongUnrelatedPhrases() {
		assertThat(this.rules.problem("correct horse battery staple", "ada@example.org")).isEmpty();
		assertThat(this.rules.problem("five little ducks went swimming", "redaction@example.org")).isEmpty();
	}

}
