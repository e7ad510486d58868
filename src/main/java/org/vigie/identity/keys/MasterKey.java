package org.vigie.identity.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server's master key comes from: {@code VIGIE_SECRETS_KEY} (at least 32 random
 * bytes in Base64) when the operator provides it, else a file in the data folder,
 * generated once with owner-only permissions. The file is for the embedded default: it
 * sits beside the database, so a stolen backup of the folder holds both; a warning says
 * so at every start.
 */
final class MasterKey {

	/** The least key length accepted, in bytes. */
	static final int MIN_BYTES = 32;

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private MasterKey() {
	}

	/**
	 * The master key's bytes.
	 * @param configured the Base64 key from the environment, or blank
	 * @param file the file to read, or to create when it does not exist
	 */
	static byte[] load(String configured, Path file) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "VIGIE_SECRETS_KEY");
		}
		log.warn(
				"No VIGIE_SECRETS_KEY set: secrets at rest use the key in {}; production should provide the key"
						+ " from the environment and keep it out of the data folder and its backups.",
				file.toAbsolutePath());
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the key file " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] key = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(key);
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
		try {
			// Created with its permissions, so it is never readable by others, even
			// briefly.
			Files.write(Files.createFile(file, ownerOnly(folder)), text, StandardOpenOption.TRUNCATE_EXISTING);
		}
		catch (FileAlreadyExistsException ex) {
			// Another node on the same folder created it first: use theirs.
			return;
		}
		if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			java.io.File created = file.toFile();
			created.setReadable(false, false);
			created.setWritable(false, false);
			created.setReadable(true, true);
			created.setWritable(true, true);
		}
	}

	private static FileAttribute<?>[] ownerOnly(Path folder) {
		if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-------");
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) };
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not Base64 (make one with: openssl rand -base64 32)");
		}
		if (key.length < MIN_BYTES) {
			throw new IllegalStateException(source + " holds " + key.length + " bytes; at least " + MIN_BYTES
					+ " are needed (make one with: openssl rand -base64 32)");
		}
		return key;
	}

}
