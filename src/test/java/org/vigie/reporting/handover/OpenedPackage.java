package org.vigie.reporting.handover;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.api.OpenPGPCertificate;
import org.bouncycastle.openpgp.api.OpenPGPKey;
import org.bouncycastle.openpgp.api.OpenPGPMessageInputStream;
import org.bouncycastle.openpgp.api.OpenPGPSignature.OpenPGPDocumentSignature;
import org.bouncycastle.openpgp.api.bc.BcOpenPGPApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A package as the receiving unit opens it: decrypted with the unit's secret key, its
 * signature checked against the organisation's public key, its ZIP unpacked.
 *
 * @param files every file of the ZIP, by name, the manifest included
 * @param signedByOrganisation whether a valid signature by the organisation's key covers
 * it
 */
public record OpenedPackage(Map<String, byte[]> files, boolean signedByOrganisation) {

	/** Opens a package; throws when it cannot be decrypted or was altered. */
	public static OpenedPackage open(byte[] message, OpenPGPKey unitKey, String organisationPublicKey)
			throws IOException, PGPException {
		BcOpenPGPApi api = new BcOpenPGPApi();
		OpenPGPCertificate organisation = api.readKeyOrCertificate().parseCertificate(organisationPublicKey);
		OpenPGPMessageInputStream in = api.decryptAndOrVerifyMessage()
			.addDecryptionKey(unitKey)
			.addVerificationCertificate(organisation)
			.process(new ByteArrayInputStream(message));
		byte[] zip = in.readAllBytes();
		in.close();
		boolean signed = false;
		for (OpenPGPDocumentSignature signature : in.getResult().getSignatures()) {
			signed |= signature.isValid() && signature.getIssuerCertificate() != null && java.util.Arrays
				.equals(signature.getIssuerCertificate().getFingerprint(), organisation.getFingerprint());
		}
		return new OpenedPackage(unzip(zip), signed);
	}

	/** The manifest, parsed. */
	public JsonNode manifest() {
		return JsonMapper.builder().build().readTree(this.files.get(HandoverPackager.MANIFEST));
	}

	/**
	 * Whether each file the manifest lists is in the ZIP with the SHA-256 it states, and
	 * no other file is.
	 */
	public boolean manifestMatches() {
		Map<String, String> listed = new LinkedHashMap<>();
		for (JsonNode file : manifest().get("files")) {
			listed.put(file.get("name").asString(), file.get("sha256").asString());
		}
		Map<String, String> actual = new LinkedHashMap<>();
		this.files.forEach((name, content) -> {
			if (!name.equals(HandoverPackager.MANIFEST)) {
				actual.put(name, HandoverPackager.sha256(content));
			}
		});
		return !listed.isEmpty() && listed.equals(actual);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
