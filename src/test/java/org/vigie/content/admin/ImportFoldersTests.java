package org.vigie.content.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFoldersTests {

	@TempDir
	Path temp;

	private Path base;

	private ImportFolders folders;

	@BeforeEach
	void importFolder() throws Exception {
		this.base = Files.createDirectories(this.temp.resolve("import"));
		Files.createDirectories(this.base.resolve("old-site/wp-content/uploads"));
		Files.createDirectories(this.temp.resolve("elsewhere/secrets"));
		this.folders = new ImportFolders(this.base.toString());
	}

	@Test
	void aFolderInsideTheImportFolderIsRead() throws Exception {
		assertThat(this.folders.inside(" old-site/wp-content/uploads "))
			.contains(this.base.toRealPath().resolve("old-site/wp-content/uploads"));
	}

	@Test
	void anyOtherFolderOfTheServerIsRefused() {
		assertThat(this.folders.inside(this.temp.resolve("elsewhere").toString())).isEmpty();
		assertThat(this.folders.inside(this.base.resolve("old-site").toString())).isEmpty();
		assertThat(this.folders.inside("/etc")).isEmpty();
		assertThat(this.folders.inside("../elsewhere")).isEmpty();
		assertThat(this.folders.inside("old-site/../../elsewhere")).isEmpty();
		assertThat(this.folders.inside("old-site/./wp-content")).isEmpty();
		assertThat(this.folders.inside("missing")).isEmpty();
		assertThat(this.folders.inside("old-site\u0000/wp-content")).isEmpty();
	}

	@Test
	void symbolicLinksAreRefusedWhereverTheyAre() throws Exception {
		Files.createSymbolicLink(this.base.resolve("link"), this.temp.resolve("elsewhere"));
		Files.createSymbolicLink(this.base.resolve("old-site/inner"), this.base.resolve("old-site/wp-content"));

		assertThat(this.folders.inside("link")).isEmpty();
		assertThat(this.folders.inside("link/secrets")).isEmpty();
		assertThat(this.folders.inside("old-site/inner/uploads")).isEmpty();
	}

	@Test
	void withoutAnImportFolderNothingIsRead() {
		assertThat(new ImportFolders("").inside("old-site")).isEmpty();
	}

}
