package org.vigie.identity.web;

import java.time.Duration;
import java.util.Map;

import org.vigie.identity.KeyDerivation;
import org.vigie.identity.staff.StaffAccounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed and checked. Argon2id with OWASP's minimum (19 MiB of memory,
 * two passes, one lane), bounded to a few hashes at once; older, weaker hashes are
 * replaced at the next sign-in. The account's status (locked, disabled) is checked after
 * the password, so that every answer takes the time of a hash and none tells a locked or
 * disabled account from a wrong password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	/** OWASP's Password Storage Cheat Sheet: m=19456 KiB, t=2, p=1. */
	static final int MEMORY_KIB = 19 * 1024;

	static final int ITERATIONS = 2;

	static final int PARALLELISM = 1;

	/**
	 * Argon2id for new hashes; the prefix lets a later algorithm replace it gradually.
	 */
	@Bean
	HashingBudget hashingBudget(
			@Value("${vigie.identity.hashing.concurrency:#{T(java.lang.Math).max(2, T(java.lang.Runtime).getRuntime().availableProcessors())}}") int concurrency) {
		return new HashingBudget(concurrency);
	}

	@Bean
	PasswordEncoder passwordEncoder(HashingBudget budget, @Value("${vigie.identity.hashing.wait:5s}") Duration wait) {
		PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);
		return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)), budget,
				wait);
	}

	/** Argon2id key derivation for other modules, within the same budget. */
	@Bean
	KeyDerivation keyDerivation(HashingBudget budget) {
		return new BoundedKeyDerivation(budget);
	}

	@Bean
	DaoAuthenticationProvider staffAuthentication(StaffAccounts accounts, PasswordEncoder passwords) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		// Hashes made with weaker parameters are replaced at the next right password.
		provider.setUserDetailsPasswordService(accounts);
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

}
