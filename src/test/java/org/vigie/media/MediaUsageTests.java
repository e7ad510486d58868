package org.vigie.media;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.media.store.MediaStorage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which items of other modules use which files: recorded by address, replaced at each
 * save, forgotten with the item.
 */
@DatabaseTest
@Import({ MediaLibrary.class, MediaUsage.class, MediaUsageTests.Setup.class })
class MediaUsageTests {

	@TestConfiguration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@org.springframework.context.annotation.Primary
		TestClock testClock() {
			return new TestClock(Instant.parse("2026-12-04T10:00:00Z"));
		}

		@Bean
		MediaStorage mediaStorage() throws IOException {
			return MediaStorage.onDisk(Files.createTempDirectory("vigie-media"));
		}

	}

	@Autowired
	private MediaLibrary library;

	@Autowired
	private MediaUsage usage;

	@Test
	void findsAnImageByAnyOfItsWidthsAndADocumentInHtml() {
		MediaFile photo = this.library.upload("photo.jpg", TestImages.jpeg(1200, 800), "e");
		MediaFile report = this.library.upload("rapport.pdf", TestImages.pdf(), "e");
		String smallest = photo.srcset().split(" ")[0];
		String html = "<p><img src=\"" + smallest + "\" alt=\"x\"> <a href=\"https://example.org" + report.path()
				+ "\">PDF</a> <a href=\"/media/img/unknown/480.jpg\">?</a></p>";

		this.usage.record("cards:card:7", MediaUsage.addressesIn(html));

		assertThat(this.usage.usersOf(photo.id())).containsExactly("cards:card:7");
		assertThat(this.usage.usersOf(report.id())).containsExactly("cards:card:7");
		assertThat(this.usage.counts()).containsEntry(photo.id(), 1L).containsEntry(report.id(), 1L).hasSize(2);
	}

	@Test
	void aNewRecordReplacesTheOldOneAndForgettingRemovesIt() {
		MediaFile first = this.library.upload("a.jpg", TestImages.jpeg(640, 480), "e");
		MediaFile second = this.library.upload("b.jpg", TestImages.jpeg(480, 640), "e");
		this.usage.record("events:event:3", List.of(first.path()));
		this.usage.record("projects:project:1", List.of(first.path()));

		this.usage.record("events:event:3", List.of(second.path()));

		assertThat(this.usage.usersOf(first.id())).containsExactly("projects:project:1");
		assertThat(this.usage.usersOf(second.id())).containsExactly("events:event:3");
		this.usage.forget("events:event:3");
		assertThat(this.usage.usersOf(second.id())).isEmpty();
	}

}
