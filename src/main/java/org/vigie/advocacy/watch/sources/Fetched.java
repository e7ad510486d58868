package org.vigie.advocacy.watch.sources;

import java.net.URI;

/**
 * What fetching a watched address gave.
 */
public sealed interface Fetched {

	/**
	 * The page, read whole within the size limit.
	 *
	 * @param html its text
	 * @param address where it was finally read (after redirects)
	 */
	record Page(String html, URI address) implements Fetched {
	}

	/**
	 * It could not be read this time (an error status, a timeout, a network error).
	 *
	 * @param problem a message key saying why
	 */
	record Failed(String problem) implements Fetched {
	}

	/**
	 * It was not fetched, or not read to the end, on purpose: a private address, a body
	 * over the size limit, a redirect to something other than http(s).
	 *
	 * @param problem a message key saying why
	 */
	record Refused(String problem) implements Fetched {
	}

}
