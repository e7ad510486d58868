package org.vigie.advocacy.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * What a watched address and its selector must be: an absolute http or https address
 * without credentials in it, and a CSS selector jsoup understands.
 */
public final class SourceRules {

	/** Longest address. */
	public static final int MAX_ADDRESS = 1000;

	/** Longest selector. */
	public static final int MAX_SELECTOR = 300;

	/** Most watched addresses on one file. */
	public static final int MAX_PER_FILE = 5;

	private SourceRules() {
	}

	/**
	 * @throws WatchRefused when the address or the selector is not acceptable
	 */
	public static void check(String address, String selector) {
		address(address);
		if (selector == null || selector.isBlank() || selector.length() > MAX_SELECTOR
				|| selector.chars().anyMatch(Character::isISOControl)) {
			throw new WatchRefused("advocacy.watch.refused.selector");
		}
		try {
			QueryParser.parse(selector.strip());
		}
		catch (Selector.SelectorParseException | IllegalArgumentException ex) {
			throw new WatchRefused("advocacy.watch.refused.selector");
		}
	}

	/**
	 * The address as a URI when it is an absolute http(s) address with a host and no
	 * credentials.
	 * @throws WatchRefused otherwise
	 */
	public static URI address(String address) {
		if (address == null || address.isBlank() || address.length() > MAX_ADDRESS
				|| address.chars().anyMatch((c) -> Character.isISOControl(c) || Character.isWhitespace(c))) {
			throw new WatchRefused("advocacy.watch.refused.address");
		}
		try {
			URI uri = new URI(address.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null
					|| uri.getRawUserInfo() != null) {
				throw new WatchRefused("advocacy.watch.refused.address");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw new WatchRefused("advocacy.watch.refused.address");
		}
	}

}
