package org.vigie.fundraising.selfservice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.identity.ServerKeys;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The cookie that keeps a donor's page open for {@link #LIFETIME} after they followed
 * their link, with no session on the server: it names the donor and when it ends, with a
 * keyed hash of both under the server's keys, so it cannot be forged, altered or
 * stretched, and any node can check it. It is sent only to the self-service addresses,
 * never to scripts, never with a request from another site, over TLS only when the site
 * is {@code https}.
 */
@Component
class DonorCookie {

	static final String NAME = "vigie_gifts";

	/** How long a donor's page stays open after their link was followed. */
	static final Duration LIFETIME = Duration.ofMinutes(30);

	private static final String PURPOSE = "fundraising-selfservice-cookie";

	private static final Pattern VALUE = Pattern.compile("([0-9a-f-]{36})\\.([0-9]{1,12})\\.([0-9a-f]{64})");

	private final ServerKeys keys;

	private final SiteProperties site;

	DonorCookie(ServerKeys keys, SiteProperties site) {
		this.keys = keys;
		this.site = site;
	}

	/** Opens the donor's page in this browser, in every language. */
	void write(HttpServletResponse response, UUID donorId, Instant now) {
		long until = now.plus(LIFETIME).getEpochSecond();
		String value = donorId + "." + until + "." + mac(donorId, until);
		for (Language language : Language.all()) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(value, SupportPaths.mine(language), LIFETIME));
		}
	}

	/** Closes the donor's page in this browser. */
	void clear(HttpServletResponse response) {
		for (Language language : Language.all()) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie("", SupportPaths.mine(language), Duration.ZERO));
		}
	}

	/**
	 * The donor whose page this browser has open, if its cookie is genuine and on time.
	 */
	Optional<UUID> read(HttpServletRequest request, Instant now) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				Optional<UUID> donor = check(cookie.getValue(), now);
				if (donor.isPresent()) {
					return donor;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<UUID> check(String value, Instant now) {
		Matcher matcher = (value != null && value.length() < 200) ? VALUE.matcher(value) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		UUID donorId;
		try {
			donorId = UUID.fromString(matcher.group(1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		long until = Long.parseLong(matcher.group(2));
		byte[] expected = mac(donorId, until).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, matcher.group(3).getBytes(StandardCharsets.US_ASCII))
				|| now.getEpochSecond() >= until) {
			return Optional.empty();
		}
		return Optional.of(donorId);
	}

	private String mac(UUID donorId, long until) {
		return this.keys.keyedHash(PURPOSE, donorId + "|" + until);
	}

	private String cookie(String value, String path, Duration age) {
		return ResponseCookie.from(NAME, value)
			.path(path)
			.httpOnly(true)
			.secure(this.site.https())
			.sameSite("Strict")
			.maxAge(age)
			.build()
			.toString();
	}

}
