package org.vigie.reporting.handover.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.vigie.reporting.handover.UnitKey;
import org.vigie.reporting.handover.UnitKeyRefused;

import org.springframework.web.multipart.MultipartFile;

/**
 * The form that adds a police unit: the key is pasted, or uploaded as a {@code .asc} file
 * (the file wins when both are given).
 *
 * @param name the unit's name
 * @param contact how to reach it (phone, address)
 * @param key the pasted ASCII-armoured public key
 * @param keyFile the uploaded key file
 */
record UnitForm(String name, String contact, String key, MultipartFile keyFile) {

	/**
	 * The key's text, or {@code null} when neither was given.
	 * @throws UnitKeyRefused when the file is larger than any public key, before reading
	 * it
	 */
	String keyText() throws IOException {
		if (this.keyFile != null && !this.keyFile.isEmpty()) {
			if (this.keyFile.getSize() > UnitKey.MAX_CHARS) {
				throw new UnitKeyRefused(UnitKeyRefused.Reason.TOO_LARGE);
			}
			return new String(this.keyFile.getBytes(), StandardCharsets.UTF_8);
		}
		return this.key;
	}

}
