package org.vigie.mobilisation.events.checkin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.vigie.identity.ServerKeys;
import org.vigie.mobilisation.events.Registration;
import org.vigie.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Each registration's check-in code: 128 bits of a keyed hash of its identifier, so it is
 * the same in every email, cannot be guessed or derived without the server's key, and
 * needs no table. The code opens the staff's check-in page for that person; without a
 * staff session it opens nothing.
 */
@Component
public class CheckInCodes {

	private static final String PURPOSE = "mobilisation-checkin";

	private static final int LENGTH = 32;

	private final ServerKeys keys;

	private final SiteProperties site;

	CheckInCodes(ServerKeys keys, SiteProperties site) {
		this.keys = keys;
		this.site = site;
	}

	/** The code of a registration. */
	public String code(UUID registrationId) {
		return this.keys.keyedHash(PURPOSE, registrationId.toString()).substring(0, LENGTH);
	}

	/** The staff's address the QR code holds. */
	public String staffLink(Registration registration) {
		return this.site.absolute(CheckInPaths.desk(registration.eventId()) + "/" + code(registration.id()));
	}

	/**
	 * The registration among an event's with that code, if any (compared in constant
	 * time).
	 */
	public Optional<Registration> find(List<Registration> registrations, String code) {
		if (code == null || code.length() != LENGTH || !code.matches("[0-9a-f]+")) {
			return Optional.empty();
		}
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		return registrations.stream()
			.filter((registration) -> MessageDigest.isEqual(given,
					code(registration.id()).getBytes(StandardCharsets.US_ASCII)))
			.findFirst();
	}

}
