package org.vigie.identity.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.mac.HmacKey;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.util.SecretBytes;
import org.vigie.identity.ServerKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link ServerKeys} with Tink: AES-256-GCM for secrets, HMAC-SHA256 for keyed hashes,
 * each key derived from the master key by HKDF-SHA256 under its own label, so one master
 * key serves both without the two ever sharing a key.
 */
@Component
public class TinkServerKeys implements ServerKeys {

	/** Marks ciphertexts of the first key, so a later key can be told apart. */
	private static final String VERSION = "k1:";

	private final Aead aead;

	private final Mac mac;

	/**
	 * The server's keys from {@code VIGIE_SECRETS_KEY} (base64, at least 32 bytes) when
	 * it is set, else from the key file, made at the first start.
	 */
	@Autowired
	public TinkServerKeys(@Value("${vigie.secrets.key:}") String configured,
			@Value("${vigie.secrets.key-file:./data/secrets.key}") Path file) {
		this(MasterKey.load(configured, file));
	}

	TinkServerKeys(byte[] master) {
		try {
			AeadConfig.register();
			MacConfig.register();
			this.aead = KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.importKey(aesKey(derive(master, "vigie aead v1"))).withFixedId(1).makePrimary())
				.build()
				.getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.mac = KeysetHandle.newBuilder()
				.addEntry(KeysetHandle.importKey(hmacKey(derive(master, "vigie mac v1"))).withFixedId(1).makePrimary())
				.build()
				.getPrimitive(RegistryConfiguration.get(), Mac.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot set up the server keys", ex);
		}
	}

	@Override
	public String seal(String plaintext, String context) {
		try {
			byte[] sealed = this.aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), bytes(context));
			return VERSION + Base64.getEncoder().withoutPadding().encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	@Override
	public String open(String sealed, String context) {
		if (!isSealed(sealed)) {
			throw new IllegalStateException("Not a ciphertext of this key store");
		}
		try {
			byte[] ciphertext = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
			return new String(this.aead.decrypt(ciphertext, bytes(context)), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A sealed secret does not open: altered, moved or under another key");
		}
	}

	@Override
	public boolean isSealed(String text) {
		return text != null && text.startsWith(VERSION);
	}

	@Override
	public String keyedHash(String purpose, String value) {
		try {
			// The purpose and a separator come first, so "a" + "bc" never hashes as "ab"
			// + "c".
			byte[] tag = this.mac.computeMac(bytes(purpose + '\u0000' + value));
			return HexFormat.of().formatHex(tag);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC failed", ex);
		}
	}

	private static byte[] derive(byte[] master, String label) throws GeneralSecurityException {
		return Hkdf.computeHkdf("HMACSHA256", master, new byte[0], bytes(label), 32);
	}

	private static AesGcmKey aesKey(byte[] key) throws GeneralSecurityException {
		AesGcmParameters parameters = AesGcmParameters.builder()
			.setKeySizeBytes(32)
			.setIvSizeBytes(12)
			.setTagSizeBytes(16)
			.setVariant(AesGcmParameters.Variant.NO_PREFIX)
			.build();
		return AesGcmKey.builder()
			.setParameters(parameters)
			.setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
			.build();
	}

	private static HmacKey hmacKey(byte[] key) throws GeneralSecurityException {
		HmacParameters parameters = HmacParameters.builder()
			.setKeySizeBytes(32)
			.setTagSizeBytes(32)
			.setHashType(HmacParameters.HashType.SHA256)
			.setVariant(HmacParameters.Variant.NO_PREFIX)
			.build();
		return HmacKey.builder()
			.setParameters(parameters)
			.setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
			.build();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
