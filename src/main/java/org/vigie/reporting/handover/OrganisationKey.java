package org.vigie.reporting.handover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HexFormat;

import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.ServerKeys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The organisation's OpenPGP key that signs every hand-over package, made the first time
 * it is needed. Its secret part is stored sealed under the server key, never in clear;
 * its public part is handed to the police units (as a {@code .asc} file) so they can
 * check that a package comes from the organisation and was not changed.
 */
@Component
public class OrganisationKey {

	/** What the sealed secret is bound to: it opens as this key and nothing else. */
	static final String SEAL_CONTEXT = "reporting.handover.signing-key";

	private final SigningKeyRepository keys;

	private final ServerKeys serverKeys;

	private final AuditTrail audit;

	private final Clock clock;

	private final String organisation;

	private volatile OpenPGPKey loaded;

	OrganisationKey(SigningKeyRepository keys, ServerKeys serverKeys, AuditTrail audit, Clock clock,
			@Value("${vigie.site.name:Vigie}") String organisation) {
		this.keys = keys;
		this.serverKeys = serverKeys;
		this.audit = audit;
		this.clock = clock;
		this.organisation = organisation;
	}

	/** The key that signs packages, with its secret part. */
	OpenPGPKey signingKey() {
		OpenPGPKey key = this.loaded;
		if (key == null) {
			key = loadOrCreate();
			this.loaded = key;
		}
		return key;
	}

	/** The public key, ASCII-armoured, for the units. */
	public String publicKey() {
		return record().getPublicKey();
	}

	/** The fingerprint, upper-case hexadecimal, to read out to a unit over the phone. */
	public String fingerprint() {
		return record().getFingerprint();
	}

	private SigningKeyRecord record() {
		signingKey();
		return this.keys.findById(SigningKeyRecord.ID).orElseThrow();
	}

	private synchronized OpenPGPKey loadOrCreate() {
		SigningKeyRecord record = this.keys.findById(SigningKeyRecord.ID).orElseGet(this::create);
		try {
			return OpenPgpProfile.API.readKeyOrCertificate()
				.parseKey(this.serverKeys.open(record.getSealedSecret(), SEAL_CONTEXT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SigningKeyRecord create() {
		OpenPGPKey key = OpenPgpProfile.newSigningKey(this.organisation + " – police hand-overs", this.clock.instant());
		String fingerprint = HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
		try {
			SigningKeyRecord record = this.keys
				.saveAndFlush(new SigningKeyRecord(fingerprint, key.toCertificate().toAsciiArmoredString(),
						this.serverKeys.seal(key.toAsciiArmoredString(), SEAL_CONTEXT), this.clock.instant()));
			this.audit.record(HandoverAudit.SIGNING_KEY_CREATED, "system", "handover key " + fingerprint, null);
			return record;
		}
		catch (DataIntegrityViolationException ex) {
			// Another node made the key at the same moment: theirs is the key.
			return this.keys.findById(SigningKeyRecord.ID).orElseThrow(() -> ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
