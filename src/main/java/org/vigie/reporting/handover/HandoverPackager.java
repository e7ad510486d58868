package org.vigie.reporting.handover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.bouncycastle.openpgp.api.exception.InvalidEncryptionKeyException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Makes a hand-over package: a ZIP holding the chosen files and a {@code manifest.json}
 * (each file's SHA-256, the report, the time, the unit, who prepared and who approved),
 * signed with the organisation's key and encrypted to the unit's key, in one OpenPGP
 * message. The unit opens it with any OpenPGP tool ({@code gpg --decrypt}), which checks
 * the signature against the organisation's published key on the way.
 */
@Component
public class HandoverPackager {

	/** The manifest's name in the package. */
	public static final String MANIFEST = "manifest.json";

	/** What the manifest's {@code format} says, so a later layout can be told apart. */
	static final String FORMAT = "vigie-handover-1";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OrganisationKey organisation;

	private final Clock clock;

	HandoverPackager(OrganisationKey organisation, Clock clock) {
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * Packs the files for a unit.
	 * @param entries the files, with distinct names
	 * @param details what the manifest says about the package
	 * @param unitKey the unit's ASCII-armoured public key, checked again now
	 * @throws UnitKeyRefused when the unit's key can no longer receive a package (expired
	 * or revoked since it was added)
	 */
	public HandoverPackage pack(List<HandoverEntry> entries, HandoverDetails details, String unitKey) {
		UnitKey unit = UnitKey.read(unitKey, this.clock.instant());
		return pack(entries, details, unit, this.organisation.signingKey());
	}

	static HandoverPackage pack(List<HandoverEntry> entries, HandoverDetails details, UnitKey unit, OpenPGPKey signer) {
		byte[] zip = zip(entries, manifest(entries, details, unit, signer), details);
		byte[] message = signAndEncrypt(zip, unit, signer);
		String name = "handover-" + details.report().replaceAll("[^A-Za-z0-9-]", "") + "-"
				+ STAMP.format(details.createdAt()) + ".zip.pgp";
		return new HandoverPackage(name, message, sha256(message));
	}

	private static byte[] manifest(List<HandoverEntry> entries, HandoverDetails details, UnitKey unit,
			OpenPGPKey signer) {
		List<Map<String, Object>> files = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (HandoverEntry entry : entries) {
			if (!names.add(entry.name())) {
				throw new IllegalArgumentException("Two hand-over entries named " + entry.name());
			}
			byte[] content = entry.content();
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("name", entry.name());
			file.put("size", content.length);
			file.put("sha256", sha256(content));
			files.add(file);
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", FORMAT);
		manifest.put("report", details.report());
		manifest.put("createdAt", details.createdAt().toString());
		manifest.put("unit", Map.of("name", details.unitName(), "fingerprint", unit.fingerprint()));
		manifest.put("preparedBy", details.preparedBy());
		manifest.put("approvedBy", details.approvedBy());
		manifest.put("signedBy", HexFormat.of().withUpperCase().formatHex(signer.getFingerprint()));
		manifest.put("files", files);
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
	}

	private static byte[] zip(List<HandoverEntry> entries, byte[] manifest, HandoverDetails details) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			add(zip, MANIFEST, manifest, details);
			for (HandoverEntry entry : entries) {
				add(zip, entry.name(), entry.content(), details);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void add(ZipOutputStream zip, String name, byte[] content, HandoverDetails details)
			throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(details.createdAt().toEpochMilli());
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	private static byte[] signAndEncrypt(byte[] zip, UnitKey unit, OpenPGPKey signer) {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		try (OutputStream out = OpenPgpProfile.API.signAndOrEncryptMessage()
			.addEncryptionCertificate(unit.certificate())
			.addSigningKey(signer, OpenPgpProfile.sha512())
			.setArmored(false)
			.open(message)) {
			out.write(zip);
		}
		catch (InvalidEncryptionKeyException ex) {
			// Valid when checked by our clock, but not by the system's.
			throw new UnitKeyRefused(UnitKeyRefused.Reason.CANNOT_ENCRYPT);
		}
		catch (PGPException ex) {
			throw new IllegalStateException("Could not sign and encrypt the hand-over package", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return message.toByteArray();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
