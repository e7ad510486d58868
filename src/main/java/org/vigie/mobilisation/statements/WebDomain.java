package org.vigie.mobilisation.statements;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.vigie.mobilisation.people.EmailAddress;

/**
 * An organisation's web domain, read from the website it gives: the registrable domain of
 * its host ({@code www.ligue.be} and {@code https://ecole.ligue.be/} give
 * {@code ligue.be}), in lower-case ASCII (punycode for accented names). Without the whole
 * public suffix list, the registrable domain is the last two labels, or three under the
 * few shared second levels that Belgian and neighbouring organisations use
 * ({@code co.uk}, {@code org.uk}, {@code gov.uk}…). Hosts many organisations share
 * (webmail, social networks, free site builders) give no domain: an address there proves
 * nothing about who sent it.
 */
public final class WebDomain {

	private static final Set<String> SHARED_SECOND_LEVELS = Set.of("co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk",
			"com.au", "org.au", "co.nz", "com.br", "gouv.fr", "co.jp", "com.tr");

	private static final Set<String> SHARED_HOSTS = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
			"live.com", "yahoo.com", "yahoo.fr", "skynet.be", "telenet.be", "proximus.be", "icloud.com", "proton.me",
			"protonmail.com", "gmx.com", "gmx.net", "facebook.com", "instagram.com", "linkedin.com", "wordpress.com",
			"wixsite.com", "blogspot.com", "jimdo.com", "webnode.be", "github.io", "google.com", "sites.google.com",
			"over-blog.com", "canva.site");

	private WebDomain() {
	}

	/** The registrable domain of a website, or empty when it has none of its own. */
	public static Optional<String> of(String website) {
		return host(website).map(WebDomain::registrable).filter((domain) -> !SHARED_HOSTS.contains(domain));
	}

	/**
	 * Whether the website has the shape of one ({@code ligue.be}, with or without https).
	 */
	public static boolean valid(String website) {
		return host(website).isPresent();
	}

	/**
	 * Whether an address is at the organisation's own domain: its domain is that domain
	 * or a subdomain of it.
	 */
	public static boolean at(EmailAddress email, String domain) {
		if (domain == null) {
			return false;
		}
		String of = email.domain();
		return of.equals(domain) || of.endsWith("." + domain);
	}

	private static Optional<String> host(String website) {
		if (website == null || website.isBlank() || website.length() > 200
				|| website.chars().anyMatch((c) -> c < 0x21 || c == 0x7f)) {
			return Optional.empty();
		}
		String address = website.strip();
		if (!address.matches("(?i)https?://.*")) {
			address = "https://" + address;
		}
		try {
			String host = hostPart(address);
			String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
			return (ascii.contains(".") && ascii.matches("[a-z0-9.-]+") && !ascii.startsWith(".")
					&& !ascii.endsWith(".") && !ascii.matches("[0-9.]+")) ? Optional.of(ascii) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The host of an address, read by hand: {@link java.net.URI} leaves it out when it
	 * has accented letters.
	 */
	private static String hostPart(String address) {
		String rest = address.replaceFirst("(?i)^https?://", "");
		int end = rest.length();
		for (char stop : new char[] { '/', '?', '#', ':' }) {
			int at = rest.indexOf(stop);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		String host = rest.substring(0, end);
		if (host.contains("@") || host.isEmpty()) {
			throw new IllegalArgumentException("no host");
		}
		return host;
	}

	private static String registrable(String host) {
		String[] labels = host.split("\\.");
		int n = labels.length;
		if (n <= 2) {
			return host;
		}
		String lastTwo = labels[n - 2] + "." + labels[n - 1];
		return SHARED_SECOND_LEVELS.contains(lastTwo) ? labels[n - 3] + "." + lastTwo : lastTwo;
	}

}
