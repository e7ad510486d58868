package org.vigie.reporting.handover;

/**
 * A finished package: one OpenPGP file, signed by the organisation and encrypted to one
 * police unit.
 *
 * @param fileName the name to save it under, such as {@code handover-….zip.pgp}
 * @param content the OpenPGP message (binary)
 * @param sha256 the SHA-256 of {@code content}, in hexadecimal, for the audit trail and
 * for the unit to confirm what it received
 */
public record HandoverPackage(String fileName, byte[] content, String sha256) {

	public HandoverPackage {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

}
