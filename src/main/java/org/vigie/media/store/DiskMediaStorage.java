package org.vigie.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Media files in a directory ({@code vigie.media.directory}, {@code ./data/media} by
 * default). Files are written to a temporary name and moved into place, so a reader never
 * sees half a file.
 */
class DiskMediaStorage implements MediaStorage {

	private final Path root;

	DiskMediaStorage(Path root) throws IOException {
		this.root = Files.createDirectories(root).toRealPath();
	}

	@Override
	public void put(String key, byte[] bytes) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public Optional<InputStream> open(String key) throws IOException {
		Path file = resolve(key);
		return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
	}

	@Override
	public long size(String key) throws IOException {
		Path file = resolve(key);
		return Files.isRegularFile(file) ? Files.size(file) : -1;
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	private Path resolve(String key) {
		if (!MediaStorage.isValidKey(key)) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		Path file = this.root.resolve(key).normalize();
		if (!file.startsWith(this.root)) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		return file;
	}

}
