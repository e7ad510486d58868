package org.vigie.content.wordpress;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attachment's file is looked up in the copy of {@code wp-content/uploads} only: an
 * address that climbs out of it, or a symbolic link inside it, leads nowhere.
 */
class AttachmentFilesTests {

	private static final String SITE = "https://enfance.example/wp-content/uploads/";

	@TempDir
	Path temp;

	@Test
	void filesInsideTheUploadsFolderAreFound() throws Exception {
		Path uploads = Files.createDirectories(this.temp.resolve("uploads/2018/06")).getParent().getParent();
		Files.writeString(uploads.resolve("2018/06/classe.jpg"), "jpeg");

		assertThat(AttachmentImporter.uploadedFile(uploads, SITE + "2018/06/classe.jpg?v=2"))
			.contains(uploads.toRealPath().resolve("2018/06/classe.jpg"));
	}

	@Test
	void addressesClimbingOutAndSymbolicLinksLeadNowhere() throws Exception {
		Path uploads = Files.createDirectories(this.temp.resolve("uploads/2018"));
		uploads = uploads.getParent();
		Path secret = Files.writeString(this.temp.resolve("secret.txt"), "not for the site");
		Files.createSymbolicLink(uploads.resolve("2018/linked.jpg"), secret);
		Files.createSymbolicLink(uploads.resolve("outside"), this.temp);

		assertThat(AttachmentImporter.uploadedFile(uploads, SITE + "../secret.txt")).isEmpty();
		assertThat(AttachmentImporter.uploadedFile(uploads, SITE + "2018/%2e%2e/%2e%2e/secret.txt")).isEmpty();
		assertThat(AttachmentImporter.uploadedFile(uploads, SITE + "2018/linked.jpg")).isEmpty();
		assertThat(AttachmentImporter.uploadedFile(uploads, SITE + "outside/secret.txt")).isEmpty();
	}

}
