package org.vigie.reporting.desk;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.vigie.reporting.reports.Reports;
import org.vigie.reporting.vault.Keyring;
import org.vigie.reporting.vault.ReportKey;

import org.springframework.stereotype.Component;

/**
 * Opens a report's key with the key ring the analyst's session holds, and says why when
 * it cannot: no key ring in this session (sign in again), or the report was never granted
 * to this analyst (another analyst, or the recovery key, grants it).
 */
@Component
class ReportAccess {

	private final Reports reports;

	ReportAccess(Reports reports) {
		this.reports = reports;
	}

	/** Why a report could not be opened, or that it was. */
	enum State {

		OPENED, NO_KEYRING, NOT_GRANTED

	}

	/**
	 * A report's key, or why there is none.
	 *
	 * @param state whether it opened
	 * @param key the key when it did; the caller destroys it after use
	 */
	record Opened(State state, Optional<ReportKey> key) {
	}

	Opened open(UUID report, HttpSession session) {
		Optional<Keyring> keyring = Keyring.of(session);
		if (keyring.isEmpty()) {
			return new Opened(State.NO_KEYRING, Optional.empty());
		}
		Optional<ReportKey> key = this.reports.key(report, keyring.get());
		return new Opened(key.isPresent() ? State.OPENED : State.NOT_GRANTED, key);
	}

}
