package org.vigie.identity.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.identity.staff.StaffAccounts;
import org.vigie.site.SiteProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one-time token that protects a fresh install: while no staff account exists, it is
 * printed in the server log at start-up, and only someone who can read that log can
 * create the first administrator.
 */
@Component
class SetupToken {

	private static final Logger log = LoggerFactory.getLogger(SetupToken.class);

	private final StaffAccounts accounts;

	private final SiteProperties site;

	private volatile byte[] token;

	SetupToken(StaffAccounts accounts, SiteProperties site) {
		this.accounts = accounts;
		this.site = site;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (this.accounts.anyStaff()) {
			return;
		}
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String text = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.token = text.getBytes(StandardCharsets.US_ASCII);
		log.warn("No administrator yet. Open {} and enter this one-time setup token: {}",
				this.site.absolute("/admin/setup"), text);
	}

	/** Whether the first administrator may still be created. */
	boolean open() {
		return this.token != null && !this.accounts.anyStaff();
	}

	boolean matches(String candidate) {
		byte[] expected = this.token;
		return expected != null && candidate != null
				&& MessageDigest.isEqual(expected, candidate.strip().getBytes(StandardCharsets.US_ASCII));
	}

	/** Closes setup once the first administrator exists. */
	void close() {
		this.token = null;
	}

	String current() {
		return (this.token != null) ? new String(this.token, StandardCharsets.US_ASCII) : null;
	}

}
