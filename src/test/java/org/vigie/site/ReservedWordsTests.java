package org.vigie.site;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Modules reserve the first words of their public addresses per language; two modules
 * cannot claim one word.
 */
class ReservedWordsTests {

	private static final TopLevelWords REPORTING = TopLevelWords.of("reporting", Set.of("signaler"), Set.of("melden"),
			Set.of("report"));

	@Test
	void aWordIsReservedInItsOwnLanguage() {
		ReservedWords words = new ReservedWords(List.of(REPORTING, TopLevelWords.everywhere("site", "admin")));

		assertThat(words.isReserved(Language.FR, "signaler")).isTrue();
		assertThat(words.isReserved(Language.FR, "Signaler")).isTrue();
		assertThat(words.owner(Language.NL, "melden")).contains("reporting");
		assertThat(words.isReserved(Language.NL, "signaler")).isFalse();
		assertThat(words.isReserved(Language.EN, "admin")).isTrue();
		assertThat(words.isReserved(Language.EN, "about-us")).isFalse();
	}

	@Test
	void twoModulesClaimingOneWordStopTheStart() {
		TopLevelWords learning = TopLevelWords.of("learning", Set.of("cartes"), Set.of("kaarten"), Set.of("report"));

		assertThatIllegalStateException().isThrownBy(() -> new ReservedWords(List.of(REPORTING, learning)))
			.withMessageContaining("/en/report")
			.withMessageContaining("reporting")
			.withMessageContaining("learning");
	}

	@Test
	void wordsAreAddressWords() {
		assertThatIllegalArgumentException().isThrownBy(() -> TopLevelWords.everywhere("bad", "with space"));
		assertThatIllegalArgumentException().isThrownBy(() -> TopLevelWords.everywhere("bad", "../admin"));
	}

}
