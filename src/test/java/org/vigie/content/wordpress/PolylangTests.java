package org.vigie.content.wordpress;

import org.junit.jupiter.api.Test;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

class PolylangTests {

	@Test
	void readsTranslationGroupsAsDataOnly() {
		assertThat(Polylang.group("a:3:{s:2:\"fr\";i:10;s:2:\"en\";i:11;s:2:\"nl\";s:2:\"12\";}")).containsExactly(
				java.util.Map.entry("fr", 10L), java.util.Map.entry("en", 11L), java.util.Map.entry("nl", 12L));
		assertThat(Polylang.group("O:8:\"stdClass\":1:{s:4:\"evil\";s:3:\"rce\";}")).isEmpty();
		assertThat(Polylang.group(null)).isEmpty();
	}

	@Test
	void removesLanguageSuffixesFromSlugs() {
		assertThat(Polylang.withoutSuffix("actualites-en", Language.EN)).isEqualTo("actualites");
		assertThat(Polylang.withoutSuffix("actualites-en", Language.NL)).isEqualTo("actualites-en");
		assertThat(Polylang.withoutSuffix("-nl", Language.NL)).isEqualTo("-nl");
	}

}
