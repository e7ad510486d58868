package org.vigie.content.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads page numbers from addresses: only 2 to a sane maximum are valid, since page 1 has
 * no number in its address.
 */
final class PageNumbers {

	static final int MAX_PAGE = 100_000;

	private PageNumbers() {
	}

	static int parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 6 || !text.chars().allMatch((c) -> c >= '0' && c <= '9')
				|| text.charAt(0) == '0') {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int page = Integer.parseInt(text);
		if (page < 2 || page > MAX_PAGE) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page;
	}

}
