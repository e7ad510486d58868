package org.vigie.learning.offline;

import org.springframework.http.HttpStatus;

/**
 * A whole batch of answers refused before any of them is applied: the request is not the
 * offline app's, not a learner's, too large or not the expected JSON.
 */
class SyncRefused extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	SyncRefused(HttpStatus status, String code) {
		super(code);
		this.status = status;
		this.code = code;
	}

	HttpStatus status() {
		return this.status;
	}

	/** Its message is {@code learning.offline.error.<code>}. */
	String code() {
		return this.code;
	}

}
