package org.vigie.content.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folders the back-office import may read images and documents from: only inside the
 * import folder the server's administrator configured ({@code vigie.import.directory}),
 * never another folder of the server. A folder typed in the form is taken relative to it;
 * absolute paths, {@code ..} and symbolic links anywhere on the way are refused, and the
 * result is compared with its real path, so nothing leads outside.
 */
@Component
class ImportFolders {

	private final Path base;

	ImportFolders(@Value("${vigie.import.directory:}") String base) {
		this.base = (base == null || base.isBlank()) ? null : Path.of(base.strip()).toAbsolutePath().normalize();
	}

	/**
	 * The folder a person typed, if it is a folder inside the import folder.
	 * @param typed a path relative to the import folder, such as
	 * {@code old-site/wp-content/uploads}
	 */
	Optional<Path> inside(String typed) {
		if (this.base == null || typed == null || typed.length() > 1000
				|| typed.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		try {
			Path relative = Path.of(typed.strip());
			if (relative.isAbsolute() || relative.getRoot() != null) {
				return Optional.empty();
			}
			for (Path name : relative) {
				if (name.toString().equals("..") || name.toString().equals(".")) {
					return Optional.empty();
				}
			}
			Path root = this.base.toRealPath();
			Path folder = root.resolve(relative).normalize();
			if (!folder.startsWith(root) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				return Optional.empty();
			}
			// A symbolic link anywhere between the import folder and the one typed.
			return folder.toRealPath().equals(folder) ? Optional.of(folder) : Optional.empty();
		}
		catch (InvalidPathException | IOException ex) {
			return Optional.empty();
		}
	}

}
