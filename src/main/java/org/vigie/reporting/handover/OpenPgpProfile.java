package org.vigie.reporting.handover;

import java.time.Instant;
import java.util.Date;

import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SignatureSubpacketTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.api.OpenPGPApi;
import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.bouncycastle.openpgp.api.SignatureParameters;
import org.bouncycastle.openpgp.api.bc.BcOpenPGPApi;

/**
 * The OpenPGP choices the organisation's key and signatures follow, so that the tools
 * police units actually run can check them: a version 4 Ed25519 key (the EdDSA form every
 * GnuPG since 2.1 reads) and SHA-512 signatures (Bouncy Castle would otherwise pick
 * SHA3-512, which GnuPG 2.2 cannot check). Encryption follows what each unit's key
 * announces, so a modern key gets AEAD and an older one gets what it can read.
 */
final class OpenPgpProfile {

	static final OpenPGPApi API = new BcOpenPGPApi();

	private OpenPgpProfile() {
	}

	/** A new signing key for the organisation, named by {@code userId}. */
	static OpenPGPKey newSigningKey(String userId, Instant now) {
		try {
			return API.generateKey(PublicKeyPacket.VERSION_4, Date.from(now))
				.withPrimaryKey((generator) -> generator.generateLegacyEd25519KeyPair(), signingPrimaryKey())
				.addUserId(userId, sha512())
				.build();
		}
		catch (PGPException ex) {
			throw new IllegalStateException("Could not generate the hand-over signing key", ex);
		}
	}

	/** Signatures made with SHA-512. */
	static SignatureParameters.Callback sha512() {
		return new SignatureParameters.Callback() {
			@Override
			public SignatureParameters apply(SignatureParameters parameters) {
				return parameters.setSignatureHashAlgorithm(HashAlgorithmTags.SHA512);
			}
		};
	}

	/** The primary key certifies and signs: one key, one fingerprint to read out. */
	private static SignatureParameters.Callback signingPrimaryKey() {
		return new SignatureParameters.Callback() {
			@Override
			public SignatureParameters apply(SignatureParameters parameters) {
				return parameters.setSignatureHashAlgorithm(HashAlgorithmTags.SHA512)
					.setHashedSubpacketsFunction((subpackets) -> {
						subpackets.removePacketsOfType(SignatureSubpacketTags.KEY_FLAGS);
						subpackets.setKeyFlags(true, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
						return subpackets;
					});
			}
		};
	}

}
