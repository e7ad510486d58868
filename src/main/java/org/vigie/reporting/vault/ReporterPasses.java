package org.vigie.reporting.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.vigie.identity.ServerKeys;

import org.springframework.stereotype.Component;

/**
 * The pass a reporter holds between requests once their receipt opened their report: the
 * report's key, sealed with the server's key for a short time, kept in the reporter's
 * browser (a cookie), never on the server. The server alone cannot open a report from
 * what it stores; a pass works only until it expires.
 */
@Component
public class ReporterPasses {

	private static final String CONTEXT = "reporting-pass";

	private final ServerKeys keys;

	private final Clock clock;

	ReporterPasses(ServerKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** A pass for this report's key, valid for the given time. */
	public String issue(ReportKey key, Duration lifetime) {
		Instant expires = this.clock.instant().plus(lifetime);
		String token = key.report() + "." + expires.getEpochSecond() + "."
				+ Base64.getEncoder().encodeToString(key.raw());
		return this.keys.seal(token, CONTEXT);
	}

	/** The key a pass holds, while it is valid and unaltered. */
	public Optional<ReportKey> redeem(String pass) {
		if (pass == null || pass.length() > 512) {
			return Optional.empty();
		}
		try {
			String[] parts = this.keys.open(pass, CONTEXT).split("\\.");
			if (parts.length != 3 || Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(this.clock.instant())) {
				return Optional.empty();
			}
			return Optional.of(ReportKey.of(UUID.fromString(parts[0]), Base64.getDecoder().decode(parts[2])));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
