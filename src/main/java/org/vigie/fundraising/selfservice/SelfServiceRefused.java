package org.vigie.fundraising.selfservice;

import org.springframework.http.HttpStatus;

/**
 * Something a donor asked of their page cannot be done: the reason is a message key the
 * page shows in their language, with the HTTP status of the answer. Nothing was changed.
 */
class SelfServiceRefused extends RuntimeException {

	private final String code;

	private final HttpStatus status;

	/** A reason of this module's own ({@code fundraising.selfservice.problem.*}). */
	SelfServiceRefused(String problem, HttpStatus status) {
		this(problem, status, true);
	}

	private SelfServiceRefused(String code, HttpStatus status, boolean own) {
		super(own ? "fundraising.selfservice.problem." + code : code, null, false, false);
		this.code = own ? "fundraising.selfservice.problem." + code : code;
		this.status = status;
	}

	/** A reason given by another part of the module, by its full message key. */
	static SelfServiceRefused withKey(String key, HttpStatus status) {
		return new SelfServiceRefused(key, status, false);
	}

	/** The message key of the reason. */
	String code() {
		return this.code;
	}

	HttpStatus status() {
		return this.status;
	}

}
