package org.vigie.site;

import java.util.Optional;

/**
 * Addresses that moved, such as those of a site imported from WordPress: a module that
 * knows them answers, and an address that would be "not found" is sent to its new place
 * with a permanent redirect instead.
 */
public interface MovedAddresses {

	/**
	 * The new address of an old one.
	 * @param path the requested path, as received (still percent-encoded)
	 * @param query the query string, or {@code null}
	 * @return the new path, or empty when this address never existed here
	 */
	Optional<String> movedTo(String path, String query);

}
