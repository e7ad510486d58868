package org.vigie.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesReadableAsciiAddressesFromTitles() {
		assertThat(Slugs.of("Éducation aux médias : l’été 2026 !")).isEqualTo("education-aux-medias-l-ete-2026");
		assertThat(Slugs.of("Kinderen beschermen — ook online")).isEqualTo("kinderen-beschermen-ook-online");
		assertThat(Slugs.of("Œuvre & cœur")).isEqualTo("oeuvre-coeur");
		assertThat(Slugs.of("!!!")).isEmpty();
		assertThat(Slugs.of("mot ".repeat(60))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

	@Test
	void acceptsOnlyCleanTypedSlugs() {
		assertThat(Slugs.isValid("rapport-2025")).isTrue();
		assertThat(Slugs.isValid("Rapport")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid("../admin")).isFalse();
		assertThat(Slugs.isValid("a".repeat(201))).isFalse();
	}

}
