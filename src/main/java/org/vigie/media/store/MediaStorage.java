package org.vigie.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files are kept. The default keeps them on disk; a cluster uses an
 * S3-compatible store behind the same interface.
 * <p>
 * Keys are relative paths of lower-case letters, digits, hyphens, dots and slashes, made
 * by this application, never by an uploader.
 */
public interface MediaStorage {

	/** Stores the bytes under the key, replacing what was there. */
	void put(String key, byte[] bytes) throws IOException;

	/** The stored bytes, or empty when nothing is stored under the key. */
	Optional<InputStream> open(String key) throws IOException;

	/** The size of what is stored under the key, or -1 when nothing is. */
	long size(String key) throws IOException;

	/** Removes what is stored under the key, if anything. */
	void delete(String key) throws IOException;

	/** Files in a directory, created when missing. */
	static MediaStorage onDisk(java.nio.file.Path root) throws IOException {
		return new DiskMediaStorage(root);
	}

	/** Whether a key is one this application could have made. */
	static boolean isValidKey(String key) {
		return key != null && key.length() <= 200 && key.matches("[a-z0-9][a-z0-9._/-]*") && !key.contains("..")
				&& !key.contains("//") && !key.endsWith("/");
	}

}
