package org.vigie.learning.decks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.site.Language;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Deck files, the demo decks' and those trainers import: every rule holds, and a hostile
 * file is refused with reasons a trainer can read, before anything is stored.
 */
class DeckFileTests {

	@Test
	void theDemoDecksAreValidAndLargeEnough() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:learning/decks/*.yaml");
		assertThat(files).hasSizeGreaterThanOrEqualTo(3);
		int travellers = 0;
		int professionals = 0;
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				DeckDefinition deck = DeckFile.read(in);
				if (deck.audience() == Audience.PUBLIC) {
					travellers += deck.cards().size();
				}
				else {
					professionals += deck.cards().size();
				}
				assertThat(deck.cards()).extracting(CardDefinition::kind)
					.as("every kind of card in " + deck.key())
					.contains(CardKind.TRUE_FALSE, CardKind.MULTIPLE_CHOICE, CardKind.SCENARIO);
			}
		}
		assertThat(travellers).isGreaterThanOrEqualTo(30);
		assertThat(professionals).isGreaterThanOrEqualTo(30);
	}

	@Test
	void aGoodFileGivesItsDeckInThreeLanguages() throws IOException {
		DeckDefinition deck = read(trial());
		assertThat(deck.key()).isEqualTo("test-deck");
		assertThat(deck.cards()).hasSize(6);
		assertThat(deck.texts().get(Language.NL).slug()).isEqualTo("proef");
		assertThat(deck.cards().get(1).texts().get(Language.FR).options()).hasSize(3);
	}

	@Test
	void aTenThousandCardDeckIsRefusedWithItsSize() {
		StringBuilder yaml = new StringBuilder(head());
		for (int i = 0; i < 10_000; i++) {
			yaml.append("  - {key: k").append(i).append(", kind: TRUE_FALSE, answer: 0}\n");
		}
		assertThat(problems(yaml.toString())).containsExactly("learning.deck.problem.tooManyCards");
	}

	@Test
	void hostileFilesAreRefusedWithAReason() {
		assertThat(problems("key: [unclosed")).containsExactly("learning.deck.problem.notYaml");
		assertThat(problems("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"))
			.containsExactly("learning.deck.problem.notYaml");
		assertThat(problems("key: one\nkey: two\n")).containsExactly("learning.deck.problem.notYaml");
		assertThat(problems(
				"!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]"))
			.containsExactly("learning.deck.problem.notYaml");
		assertThat(problems("- just\n- a list\n")).containsExactly("learning.deck.problem.shape");
		assertThat(problems(head().replace("cards:\n", "cards: 12\n"))).containsExactly("learning.deck.problem.shape");
		assertThat(problems("x".repeat(DeckFile.MAX_BYTES + 1))).containsExactly("learning.deck.problem.fileTooLarge");
		assertThatExceptionOfType(DeckRefused.class)
			.isThrownBy(() -> DeckFile.read(new ByteArrayInputStream(new byte[] { 'k', ':', ' ', (byte) 0xC3, 0x28 })))
			.satisfies((refused) -> assertThat(refused.problems().get(0).code())
				.isEqualTo("learning.deck.problem.notUtf8"));
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() throws IOException {
		String broken = trial().replace("answer: 2", "answer: 7")
			.replace("slug: \"trial\"", "slug: \"study\"")
			.replace("retention: 0.90", "retention: 1.5")
			.replace("Card 2 option C", "C".repeat(300))
			.replaceFirst("key: c4", "key: c3")
			.replace("      prompt: \"Kaart 5 prompt <b>not bold</b>\"\n", "");
		assertThat(problems(broken)).contains("learning.deck.problem.badAnswer", "learning.deck.problem.badSlug",
				"learning.deck.problem.badRetention", "learning.deck.problem.tooLong",
				"learning.deck.problem.duplicateCardKey", "learning.deck.problem.empty");
		String optionsDiffer = trial().replace("[\"Kaart 2 option A\", \"Kaart 2 option B\", \"Kaart 2 option C\"]",
				"[\"Kaart 2 option A\", \"Kaart 2 option B\"]");
		assertThat(problems(optionsDiffer)).contains("learning.deck.problem.optionsDiffer");
		String control = trial().replace("Card 1 reflex.", "Card 1\\u0007 reflex.");
		assertThat(problems(control)).contains("learning.deck.problem.controlCharacters");
	}

	private static String head() {
		return """
				key: big
				audience: PUBLIC
				retention: 0.9
				texts:
				  fr: {title: T, slug: grand, summary: S}
				  nl: {title: T, slug: groot, summary: S}
				  en: {title: T, slug: big, summary: S}
				cards:
				""";
	}

	private static String trial() throws IOException {
		try (InputStream in = DeckFileTests.class.getResourceAsStream("/learning/test-deck.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static DeckDefinition read(String yaml) throws IOException {
		return DeckFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> problems(String yaml) {
		try {
			read(yaml);
		}
		catch (DeckRefused refused) {
			return refused.problems().stream().map(DeckRefused.Problem::code).distinct().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		throw new AssertionError("Accepted: " + yaml.substring(0, Math.min(200, yaml.length())));
	}

}
