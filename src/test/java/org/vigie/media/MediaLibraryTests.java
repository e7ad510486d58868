package org.vigie.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.media.store.MediaRepository;
import org.vigie.media.store.MediaStorage;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads into the media library: typed by content, bounded, re-encoded without metadata,
 * kept in several widths.
 */
@DatabaseTest
@Import({ MediaLibrary.class, MediaLibraryTests.Setup.class })
class MediaLibraryTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@org.springframework.context.annotation.Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-11-22T10:00:00Z"));
		}

		@Bean
		MediaStorage mediaStorage() throws IOException {
			return MediaStorage.onDisk(Files.createTempDirectory("vigie-media"));
		}

	}

	@Autowired
	private MediaLibrary library;

	@Autowired
	private MediaStorage storage;

	@Autowired
	private MediaRepository media;

	@Test
	void reencodesPhotosWithoutTheirGpsPositionAndUpright() throws Exception {
		byte[] photo = TestImages.photoWithGps(2000, 1000);
		Metadata original = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
		assertThat(original.getFirstDirectoryOfType(GpsDirectory.class)).as("the test photo has a GPS block")
			.isNotNull();

		MediaFile item = this.library.upload("IMG_0042.jpg", photo, "editor@example.org");

		assertThat(item.contentType()).isEqualTo("image/jpeg");
		assertThat(item.widths()).containsExactly(480, 960, 1000);
		assertThat(item.width()).isEqualTo(1000);
		assertThat(item.height()).isEqualTo(2000);
		assertThat(item.srcset()).contains("/480.jpg 480w", "/960.jpg 960w", "/1000.jpg 1000w");
		for (int width : item.widths()) {
			byte[] stored = read(
					item.path().substring("/media/".length(), item.path().lastIndexOf('/')) + "/" + width + ".jpg");
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
			assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
			assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
			var image = ImageIO.read(new ByteArrayInputStream(stored));
			assertThat(image.getHeight()).as("portrait after applying the orientation").isGreaterThan(image.getWidth());
		}
	}

	@Test
	void refusesAPhpScriptNamedLikeAPhoto() {
		byte[] script = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8);
		long before = this.media.count();

		assertThatThrownBy(() -> this.library.upload("holiday.jpg", script, "editor@example.org"))
			.isInstanceOfSatisfying(UploadRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("media.error.type"));
		assertThat(this.media.count()).isEqualTo(before);
	}

	@Test
	void refusesSvgBecauseItCanCarryScripts() {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.library.upload("logo.png", svg, "editor@example.org"))
			.isInstanceOf(UploadRefused.class);
	}

	@Test
	void refusesADecompressionBombBeforeDecodingIt() {
		byte[] bomb = TestImages.decompressionBomb(50_000, 50_000);
		assertThat(bomb.length).isLessThan(1024);

		assertThatThrownBy(() -> this.library.upload("small.png", bomb, "editor@example.org")).isInstanceOfSatisfying(
				UploadRefused.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("media.error.dimensions"));
		assertThat(this.media.count()).isZero();
	}

	@Test
	void refusesOversizedAndEmptyFiles() {
		assertThatThrownBy(() -> this.library.upload("big.pdf", new byte[(int) MediaLibrary.MAX_BYTES + 1], "e"))
			.isInstanceOfSatisfying(UploadRefused.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("media.error.tooLarge"));
		assertThatThrownBy(() -> this.library.upload("empty.jpg", new byte[0], "e")).isInstanceOfSatisfying(
				UploadRefused.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("media.error.empty"));
	}

	@Test
	void refusesATruncatedImage() {
		byte[] photo = TestImages.jpeg(800, 600);
		byte[] truncated = java.util.Arrays.copyOf(photo, 200);

		assertThatThrownBy(() -> this.library.upload("cut.jpg", truncated, "e")).isInstanceOf(UploadRefused.class);
	}

	@Test
	void keepsPdfReportsAsTheyAreUnderAReadableName() throws IOException {
		MediaFile report = this.library.upload("Rapport d'activité 2025.pdf", TestImages.pdf(), "editor@example.org");

		assertThat(report.kind()).isEqualTo(MediaFile.Kind.DOCUMENT);
		assertThat(report.path()).startsWith("/media/doc/").endsWith("/rapport-d-activite-2025.pdf");
		assertThat(read(report.path().substring("/media/".length()))).isEqualTo(TestImages.pdf());
	}

	@Test
	void theSameFileTwiceIsOneItemAndAlternativesArePerLanguage() {
		byte[] photo = TestImages.jpeg(640, 480);
		MediaFile first = this.library.upload("a.jpg", photo, "e");
		MediaFile second = this.library.upload("b.jpg", photo, "e");
		MediaFile described = this.library.describe(first.id(),
				Map.of(Language.FR, "Des enfants en classe", Language.NL, " "));

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(described.alt(Language.FR)).isEqualTo("Des enfants en classe");
		assertThat(described.alt(Language.NL)).isNull();
		assertThat(this.library.imageAt(first.path())).contains(described);
		assertThat(this.library.imageAt("/media/img/../../etc/passwd")).isEmpty();
	}

	private byte[] read(String key) throws IOException {
		try (InputStream in = this.storage.open(key).orElseThrow()) {
			return in.readAllBytes();
		}
	}

}
