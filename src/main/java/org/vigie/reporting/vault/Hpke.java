package org.vigie.reporting.vault;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.subtle.X25519;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;

/**
 * HPKE (RFC 9180) in base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and AES-256-GCM,
 * through Tink. A private key is 32 random bytes, so the organisation's recovery key can
 * be printed and typed back.
 */
public final class Hpke {

	private static final HpkeParameters PARAMETERS;

	static {
		try {
			HybridConfig.register();
			PARAMETERS = HpkeParameters.builder()
				.setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
				.setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
				.setAeadId(HpkeParameters.AeadId.AES_256_GCM)
				.setVariant(HpkeParameters.Variant.NO_PREFIX)
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private Hpke() {
	}

	/** A new private key. */
	public static byte[] newPrivateKey() {
		return X25519.generatePrivateKey();
	}

	/** The public key of a private key. */
	public static byte[] publicKey(byte[] privateKey) {
		try {
			return X25519.publicFromPrivate(privateKey);
		}
		catch (java.security.InvalidKeyException ex) {
			throw new IllegalArgumentException("Not an X25519 private key", ex);
		}
	}

	/**
	 * Encrypts a secret for the holder of a private key.
	 * @param context bound to the ciphertext: it opens only with the same context
	 */
	public static byte[] seal(byte[] publicKey, byte[] secret, byte[] context) {
		try {
			HpkePublicKey key = HpkePublicKey.create(PARAMETERS, Bytes.copyFrom(publicKey), null);
			KeysetHandle handle = KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
				.build();
			return handle.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class).encrypt(secret, context);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HPKE encryption failed", ex);
		}
	}

	/**
	 * Decrypts what {@link #seal} produced for this private key and context.
	 * @throws GeneralSecurityException when the key or the context is not the right one
	 */
	static byte[] open(byte[] privateKey, byte[] ciphertext, byte[] context) throws GeneralSecurityException {
		HpkePublicKey publicKey = HpkePublicKey.create(PARAMETERS, Bytes.copyFrom(publicKey(privateKey)), null);
		HpkePrivateKey key = HpkePrivateKey.create(publicKey,
				SecretBytes.copyFrom(privateKey, InsecureSecretKeyAccess.get()));
		KeysetHandle handle = KeysetHandle.newBuilder()
			.addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
			.build();
		return handle.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class).decrypt(ciphertext, context);
	}

}
