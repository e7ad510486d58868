package org.vigie.reporting.vault;

import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * A private key opened for use: an analyst's, opened at sign-in with their password and
 * kept in their session only (in memory: this class is not serialisable, so the key is
 * never written with the session), or the organisation's recovery key, typed in for one
 * request.
 */
public final class Keyring {

	private static final String SESSION_ATTRIBUTE = Keyring.class.getName();

	/** The recovery key's holder, in place of a staff id. */
	public static final long RECOVERY = -1;

	private final long holder;

	private final byte[] privateKey;

	Keyring(long holder, byte[] privateKey) {
		this.holder = holder;
		this.privateKey = privateKey.clone();
	}

	/** The staff member whose key this is, or {@link #RECOVERY}. */
	public long holder() {
		return this.holder;
	}

	/** The key ring a signed-in analyst's session holds, if their key was opened. */
	public static Optional<Keyring> of(HttpSession session) {
		return Optional.ofNullable(session)
			.map((s) -> s.getAttribute(SESSION_ATTRIBUTE))
			.filter(Keyring.class::isInstance)
			.map(Keyring.class::cast);
	}

	void keepIn(HttpSession session) {
		session.setAttribute(SESSION_ATTRIBUTE, this);
	}

	/**
	 * Unwraps a report's key wrapped for this key ring.
	 * @return the key, or empty when it was wrapped for someone else or altered
	 */
	public Optional<ReportKey> unwrap(UUID report, byte[] wrapped) {
		try {
			return Optional
				.of(ReportKey.of(report, Hpke.open(this.privateKey, wrapped, ReportKey.wrapContext(report))));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** This key ring's public key. */
	public byte[] publicKey() {
		return Hpke.publicKey(this.privateKey);
	}

}
