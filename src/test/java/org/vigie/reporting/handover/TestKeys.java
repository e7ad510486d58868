package org.vigie.reporting.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.api.KeyPairGeneratorCallback;
import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.bouncycastle.openpgp.api.SignatureParameters;
import org.bouncycastle.openpgp.api.bc.BcOpenPGPApi;

/**
 * Police units' keys, made the way a unit would make them, in every state a key can be
 * in.
 */
public final class TestKeys {

	private static final BcOpenPGPApi API = new BcOpenPGPApi();

	private TestKeys() {
	}

	/** A unit's key pair with an encryption subkey (version 4, Curve25519). */
	public static OpenPGPKey unit(String name) {
		try {
			return API.generateKey(PublicKeyPacket.VERSION_4, new Date()).ed25519x25519Key(name).build();
		}
		catch (PGPException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A unit's key pair in the newer form (version 6, RFC 9580). */
	public static OpenPGPKey modernUnit(String name) {
		try {
			return API.generateKey(new Date()).ed25519x25519Key(name).build();
		}
		catch (PGPException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key that can sign but has no part that encrypts. */
	public static OpenPGPKey signOnly(String name) throws PGPException {
		return API.generateKey(PublicKeyPacket.VERSION_4, new Date()).signOnlyKey().addUserId(name).build();
	}

	/** A key made two years ago that expired after one. */
	public static OpenPGPKey expired(String name) throws PGPException {
		Instant made = Instant.now().minus(Duration.ofDays(730));
		SignatureParameters.Callback oneYear = new SignatureParameters.Callback() {
			@Override
			public SignatureParameters apply(SignatureParameters parameters) {
				return parameters.setHashedSubpacketsFunction((subpackets) -> {
					subpackets.setKeyExpirationTime(Duration.ofDays(365).toSeconds());
					return subpackets;
				});
			}
		};
		KeyPairGeneratorCallback primary = (generator) -> generator.generateEd25519KeyPair();
		return API.generateKey(PublicKeyPacket.VERSION_4, Date.from(made))
			.withPrimaryKey(primary, oneYear)
			.addUserId(name)
			.addEncryptionSubkey()
			.build();
	}

	/** A key made a month ago that its owner revoked since. */
	public static OpenPGPKey revoked(String name) throws PGPException {
		Date made = Date.from(Instant.now().minus(Duration.ofDays(30)));
		return API.editKey(API.generateKey(PublicKeyPacket.VERSION_4, made).ed25519x25519Key(name).build())
			.revokeKey()
			.done();
	}

	/** The public part, ASCII-armoured, as a unit sends it. */
	public static String publicPart(OpenPGPKey key) {
		try {
			return key.toCertificate().toAsciiArmoredString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
