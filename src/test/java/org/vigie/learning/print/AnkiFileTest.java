package org.vigie.learning.print;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.learning.LearningFixtures;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.DeckStore;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file for Anki: its headers as Anki's manual lists them, one tab-separated note per
 * card, every card text escaped since the file declares HTML.
 */
@LearningTest
class AnkiFileTest {

	private static final List<String> HEADERS = List.of("#separator:tab", "#html:true", "#notetype:Basic",
			"#deck:Trial deck", "#tags:vigie test-deck", "#columns:Front\tBack\tKey", "#guid column:3");

	@Autowired
	private SiteClient client;

	@Autowired
	private DeckStore decks;

	@BeforeEach
	void trialDeck() {
		LearningFixtures.trialDeck(this.decks);
	}

	@Test
	void startsWithAnkisFileHeaders() {
		HttpResponse<String> response = this.client.get("/en/cards/trial/anki.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"trial-en-anki.txt\"");
		assertThat(lines(response.body()).subList(0, HEADERS.size())).isEqualTo(HEADERS);
	}

	@Test
	void holdsOneNoteOfThreeFieldsPerCard() {
		List<String[]> notes = notes("/en/cards/trial/anki.txt");
		assertThat(notes).hasSize(6);
		assertThat(notes).allSatisfy((note) -> assertThat(note).hasSize(3));
		Set<String> keys = new HashSet<>();
		notes.forEach((note) -> keys.add(note[2]));
		assertThat(keys).hasSize(6).contains("vigie-test-deck-c1-en", "vigie-test-deck-c6-en");
		String[] second = notes.get(1);
		assertThat(second[0]).contains("Which answer is right?", "A. Card 2 option A", "C. Card 2 option C");
		assertThat(second[1]).contains("Right answer", "B. Card 2 option B", "Card 2 explanation.", "Card 2 reflex.");
		assertThat(notes.get(0)[0]).contains("True or false?", "True<br>False");
		assertThat(notes.get(0)[1]).contains("False", "/en/report\">");
	}

	@Test
	void escapesEveryCardText() {
		String body = this.client.get("/en/cards/trial/anki.txt").body();
		assertThat(body).contains("Card 1 prompt &lt;b&gt;not bold&lt;/b&gt;").doesNotContain("<b>not bold</b>");
		assertThat(body).contains("<a href=\"http://localhost:");
		assertThat(body.replaceAll("<a href=\"[^\"<>]+\">", "<a>")).as("quotes only around the links' addresses")
			.doesNotContain("\"");
	}

	@Test
	void comesInEachLanguage() {
		assertThat(notes("/fr/cartes/essai/anki.txt")).hasSize(6)
			.allSatisfy((note) -> assertThat(note[0]).contains("Carte "))
			.anySatisfy((note) -> assertThat(note[0]).contains("Vrai ou faux ?", "Vrai<br>Faux"));
		assertThat(notes("/nl/kaarten/proef/anki.txt")).hasSize(6)
			.allSatisfy((note) -> assertThat(note[0]).contains("Kaart "))
			.anySatisfy((note) -> assertThat(note[1]).contains("Juist antwoord", "De reflex:"));
		assertThat(this.client.get("/nl/kaarten/proef/anki.txt").body()).contains("#deck:Proefset\n");
	}

	@Test
	void tabsQuotesAndLineBreaksNeverSplitANote() {
		String hostile = "\"quoted\"\tand tabbed\nover lines & <i>marked</i> l'apostrophe\r";
		PrintedCard card = new PrintedCard(1, "k", hostile, hostile, List.of(hostile, hostile), true, hostile, hostile,
				hostile, null);
		PrintedDeck deck = new PrintedDeck("deck", "deck", org.vigie.site.Language.EN, "Title\twith\ntab",
				"http://localhost/en/cards/deck", new PrintedDeck.Labels(hostile, hostile, hostile, hostile),
				List.of(card));
		List<String> lines = lines(AnkiFile.of(deck));
		assertThat(lines).contains("#deck:Title with tab").hasSize(HEADERS.size() + 1);
		String note = lines.getLast();
		assertThat(note.split("\t", -1)).hasSize(3);
		assertThat(note).doesNotContain("\"", "<i>", "\r")
			.contains("&quot;quoted&quot; and tabbed<br>over lines &amp; &lt;i&gt;marked&lt;/i&gt; l&#39;apostrophe");
	}

	private List<String[]> notes(String path) {
		HttpResponse<String> response = this.client.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return lines(response.body()).stream()
			.filter((line) -> !line.startsWith("#"))
			.map((line) -> line.split("\t", -1))
			.toList();
	}

	private static List<String> lines(String body) {
		assertThat(body).endsWith("\n").doesNotContain("\r");
		return Arrays.asList(body.substring(0, body.length() - 1).split("\n", -1));
	}

}
