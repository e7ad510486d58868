package org.vigie.identity.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The end of the audit chain at one moment: an administrator exports it and keeps it
 * outside the server, so that a later check shows whether entries were cut from the end
 * or the chain rewritten since.
 *
 * @param lastId the last entry's id, which is also the number of entries
 * @param lastHash the last entry's hash
 * @param lastAt when the last entry was written, or {@code null} for an empty chain
 */
public record ChainHead(long lastId, String lastHash, Instant lastAt) {

	/** The head as one line of text, to copy or download. */
	public String exported() {
		return "vigie-audit-head " + this.lastId + " " + this.lastHash + " "
				+ ((this.lastAt != null) ? this.lastAt : "-");
	}

	/** Reads a line written by {@link #exported()}; empty when it is not one. */
	public static Optional<ChainHead> parse(String line) {
		String[] parts = (line != null) ? line.strip().split("\\s+") : new String[0];
		if (parts.length != 4 || !parts[0].equals("vigie-audit-head") || !parts[1].matches("[0-9]{1,18}")
				|| !parts[2].matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		Instant at = null;
		if (!parts[3].equals("-")) {
			try {
				at = Instant.parse(parts[3]);
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}
		return Optional.of(new ChainHead(Long.parseLong(parts[1]), parts[2], at));
	}

}
