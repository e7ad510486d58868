package org.vigie.reporting.desk;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Report and image ids as they come in addresses: anything but a well-formed id is "not
 * found", never an error page with a stack trace.
 */
final class ReportIds {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private ReportIds() {
	}

	static UUID parse(String text) {
		if (text == null || !UUID_TEXT.matcher(text).matches()) {
			throw notFound();
		}
		return UUID.fromString(text);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
