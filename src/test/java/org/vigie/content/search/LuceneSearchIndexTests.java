package org.vigie.content.search;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.content.Searchable;
import org.vigie.site.Language;

import static org.assertj.core.api.Assertions.assertThat;

class LuceneSearchIndexTests {

	private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	private final LuceneSearchIndex index = new LuceneSearchIndex(null);

	@AfterEach
	void close() throws Exception {
		this.index.close();
	}

	@Test
	void frenchSearchIgnoresAccentsAndPlurals() {
		this.index.put(post(1, Language.FR, "Un évènement à Bruxelles", "Rejoignez notre campagne contre la traite."));

		assertThat(titles(Language.FR, "evenement")).containsExactly("Un évènement à Bruxelles");
		assertThat(titles(Language.FR, "évènements")).containsExactly("Un évènement à Bruxelles");
		assertThat(titles(Language.FR, "campagnes")).containsExactly("Un évènement à Bruxelles");
		assertThat(titles(Language.FR, "l'évènement")).containsExactly("Un évènement à Bruxelles");
	}

	@Test
	void dutchAndEnglishAreStemmedInTheirOwnLanguage() {
		this.index.put(post(1, Language.NL, "Evenementen in Gent", "Wij voeren campagnes tegen mensenhandel."));
		this.index.put(post(2, Language.EN, "Our campaigns", "Joining events against trafficking of children."));

		assertThat(titles(Language.NL, "evenement")).containsExactly("Evenementen in Gent");
		assertThat(titles(Language.NL, "Evenement")).containsExactly("Evenementen in Gent");
		assertThat(titles(Language.EN, "campaign")).containsExactly("Our campaigns");
		assertThat(titles(Language.EN, "trafficked event")).containsExactly("Our campaigns");
	}

	@Test
	void searchesOnlyThePageLanguage() {
		this.index.put(post(1, Language.FR, "Traite des enfants", "Un texte."));
		this.index.put(post(2, Language.EN, "Traite in English", "A text."));

		assertThat(titles(Language.FR, "traite")).containsExactly("Traite des enfants");
	}

	@Test
	void highlightsTheMatchedWordsAndEscapesTheRest() {
		this.index
			.put(post(1, Language.EN, "Report", "Tourism professionals can <b>report</b> a suspicious situation."));

		String snippet = this.index.search(Language.EN, "suspicious", NOW, 1, 10).hits().get(0).snippetHtml();
		assertThat(snippet).contains("<mark>suspicious</mark>").contains("&lt;b&gt;").doesNotContain("<b>");
	}

	@Test
	void hidesScheduledItemsUntilTheirPublication() {
		this.index.put(new Searchable("POST", "1", Language.FR, "Bientôt", "Une annonce.", "/fr/actualites/bientot",
				NOW.plus(1, ChronoUnit.DAYS)));

		assertThat(this.index.search(Language.FR, "annonce", NOW, 1, 10).total()).isZero();
		assertThat(this.index.search(Language.FR, "annonce", NOW.plus(2, ChronoUnit.DAYS), 1, 10).total()).isOne();
	}

	@Test
	void pagesThroughManyResults() {
		List<Searchable> documents = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			documents.add(post(i, Language.EN, "Campaign " + i, "About our campaign number " + i));
		}
		this.index.replaceAll(documents);

		assertThat(this.index.search(Language.EN, "campaign", NOW, 1, 10).hits()).hasSize(10);
		assertThat(this.index.search(Language.EN, "campaign", NOW, 3, 10).hits()).hasSize(5);
		assertThat(this.index.search(Language.EN, "campaign", NOW, 4, 10).hits()).isEmpty();
		assertThat(this.index.search(Language.EN, "campaign", NOW, 3, 10).total()).isEqualTo(25);
	}

	@Test
	void queriesWithOperatorsOrNothingSearchableAnswerCalmly() {
		this.index.put(post(1, Language.EN, "Campaign", "Text"));

		assertThat(this.index.search(Language.EN, "\"unclosed AND (", NOW, 1, 10).total()).isZero();
		assertThat(this.index.search(Language.EN, "the", NOW, 1, 10).total()).isZero();
		assertThat(this.index.search(Language.EN, "*", NOW, 1, 10).total()).as("a lone star lists everything").isOne();
		assertThat(this.index.search(Language.EN, "\"campaign text\"", NOW, 1, 10).total()).isZero();
	}

	@Test
	void updatesAndRemovesOneItem() {
		this.index.put(post(1, Language.EN, "Old title", "Text"));
		this.index.put(post(1, Language.EN, "New title", "Text"));
		assertThat(titles(Language.EN, "title")).containsExactly("New title");

		this.index.remove("POST:1");
		assertThat(titles(Language.EN, "title")).isEmpty();
	}

	@Test
	void saysWhenItsFolderHoldsNoIndexYetAndKeepsItAcrossRestarts(@TempDir Path folder) throws Exception {
		try (LuceneSearchIndex fresh = new LuceneSearchIndex(folder.resolve("search"))) {
			assertThat(fresh.size()).isEqualTo(-1);
			fresh.replaceAll(List.of(post(1, Language.FR, "Plaidoyer", "Texte")));
		}
		try (LuceneSearchIndex reopened = new LuceneSearchIndex(folder.resolve("search"))) {
			assertThat(reopened.size()).isEqualTo(1);
			assertThat(reopened.search(Language.FR, "plaidoyer", NOW, 1, 10).total()).isOne();
		}
	}

	private List<String> titles(Language language, String query) {
		return this.index.search(language, query, NOW, 1, 10).hits().stream().map(SearchResults.Hit::title).toList();
	}

	private static Searchable post(long id, Language language, String title, String text) {
		return new Searchable("POST", Long.toString(id), language, title, text, "/" + language.code() + "/x/" + id,
				NOW.minus(1, ChronoUnit.DAYS));
	}

}
