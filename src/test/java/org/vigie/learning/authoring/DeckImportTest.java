package org.vigie.learning.authoring;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.HtmlChecker;
import org.vigie.StaffBrowser;
import org.vigie.TestClock;
import org.vigie.identity.Role;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckFile;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;
import org.vigie.learning.study.Question;
import org.vigie.learning.study.Schedules;
import org.vigie.learning.study.Study;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deck goes out as the YAML file the deck reader takes and comes back unchanged; a deck
 * imported again with the same key keeps its cards' ids, so learners keep their
 * schedules; a refused file (too many cards, too large, not YAML, aliases, wrong shape)
 * says why and changes nothing, neither the deck nor learners' schedules.
 */
@LearningTest
class DeckImportTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private TestClock clock;

	@Autowired
	private DeckStore decks;

	@Autowired
	private Study study;

	@Autowired
	private Schedules schedules;

	@Autowired
	private JdbcClient jdbc;

	private Trainers.Signed trainer;

	private String key;

	private UUID deck;

	private UUID learner;

	@BeforeEach
	void aDeckALearnerStarted() {
		this.trainer = Trainers.signIn(this.context, Role.TRAINER);
		this.key = AuthoringFixtures.key("import");
		this.deck = this.decks.save(AuthoringFixtures.deck(this.key, 3), Instant.now());
		Deck stored = this.decks.deck(this.deck).orElseThrow();
		Question first = this.study.next(null, stored, this.clock.instant()).orElseThrow();
		this.learner = this.study
			.answer(null, Language.EN, stored, first.card().id(), 1, first.token(), this.clock.instant())
			.learner();
	}

	@Test
	void anExportedDeckImportsBackAndLearnersKeepTheirSchedules() throws Exception {
		StaffBrowser browser = this.trainer.browser();
		HttpResponse<String> export = browser.get("/admin/cards/" + this.deck + "/export");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
				this.key + ".yaml");
		DeckDefinition read = DeckFile.read(new ByteArrayInputStream(export.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(read)
			.isEqualTo(Definitions.of(this.decks.deck(this.deck).orElseThrow(), this.decks.cards(this.deck)));

		List<UUID> ids = this.decks.cards(this.deck).stream().map(StudyCard::id).toList();
		var schedule = this.schedules.ofDeck(this.learner, this.deck);
		assertThat(schedule).hasSize(1);
		String changed = export.body()
			.replace("Question 2 (en)", "Question two, reworded (en)")
			.replace("position: 50", "position: 51");
		HttpResponse<String> imported = upload(changed.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		assertThat(imported.headers().firstValue("Location").orElseThrow())
			.endsWith("/admin/cards/" + this.deck + "?done=imported");
		assertThat(this.decks.cards(this.deck)).extracting(StudyCard::id).isEqualTo(ids);
		assertThat(this.decks.cards(this.deck).get(1).text(Language.EN).prompt())
			.isEqualTo("Question two, reworded (en)");
		assertThat(this.decks.deck(this.deck).orElseThrow().position()).isEqualTo(51);
		assertThat(this.schedules.ofDeck(this.learner, this.deck)).isEqualTo(schedule);
		assertThat(this.jdbc
			.sql("select count(*) from identity_audit where action = 'CARDS_DECK_IMPORTED' "
					+ "and target = ? and actor = ?")
			.params("deck:" + this.key, this.trainer.email())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(HtmlChecker.check("import", browser.get("/admin/cards/import").body()).errorsNotingWarnings())
			.isEmpty();
	}

	@Test
	void aRefusedFileSaysWhyAndChangesNothing() {
		DeckDefinition before = Definitions.of(this.decks.deck(this.deck).orElseThrow(), this.decks.cards(this.deck));
		var schedule = this.schedules.ofDeck(this.learner, this.deck);
		String head = "key: " + this.key + "\naudience: PUBLIC\nretention: 0.9\ntexts: {}\ncards:\n";
		StringBuilder many = new StringBuilder(head);
		for (int i = 0; i < 10_000; i++) {
			many.append("  - {key: c").append(i).append("}\n");
		}
		refused(many.toString().getBytes(StandardCharsets.UTF_8),
				"The deck has 10,000 cards; a deck may have at most 500.");
		byte[] large = new byte[DeckFile.MAX_BYTES + 1];
		java.util.Arrays.fill(large, (byte) '#');
		refused(large, "The file is larger than 2 MB.");
		refused("key: [unclosed\n  - : :".getBytes(StandardCharsets.UTF_8),
				"The file is not valid YAML, or uses aliases, duplicate keys or custom types.");
		String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
				+ "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
		refused(bomb.getBytes(StandardCharsets.UTF_8),
				"The file is not valid YAML, or uses aliases, duplicate keys or custom types.");
		refused((head.replace("cards:\n", "cards: 12\n")).getBytes(StandardCharsets.UTF_8),
				"The file does not have the shape of a deck at \"cards\".");
		refused("- just\n- a list\n".getBytes(StandardCharsets.UTF_8),
				"The file does not have the shape of a deck at \"deck\".");
		refused(new byte[] { 'k', 'e', 'y', ':', ' ', (byte) 0xC3, (byte) 0x28 }, "The file is not UTF-8 text.");

		// Far over the upload limit: refused before anything reads it.
		byte[] huge = new byte[3 * 1024 * 1024];
		HttpResponse<String> tooLarge = upload(huge);
		assertThat(tooLarge.statusCode()).isEqualTo(302);
		assertThat(tooLarge.headers().firstValue("Location").orElseThrow())
			.endsWith("/admin/cards/import?problem=tooLarge");
		assertThat(Jsoup.parse(this.trainer.browser().get("/admin/cards/import?problem=tooLarge").body())
			.select("[role=alert]")
			.text()).contains("far too large");

		this.decks.forget(this.deck);
		assertThat(Definitions.of(this.decks.deck(this.deck).orElseThrow(), this.decks.cards(this.deck)))
			.isEqualTo(before);
		assertThat(this.schedules.ofDeck(this.learner, this.deck)).isEqualTo(schedule);
		assertThat(
				this.jdbc.sql("select count(*) from identity_audit where action = 'CARDS_DECK_IMPORTED' and target = ?")
					.param("deck:" + this.key)
					.query(Long.class)
					.single())
			.isZero();
	}

	private void refused(byte[] file, String message) {
		HttpResponse<String> response = upload(file);
		assertThat(response.statusCode()).as(message).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("[role=alert] li").eachText()).contains(message);
		assertThat(HtmlChecker.check(message, response.body()).errorsNotingWarnings()).isEmpty();
	}

	private HttpResponse<String> upload(byte[] file) {
		StaffBrowser browser = this.trainer.browser();
		return browser.upload("/admin/cards/import", browser.csrf("/admin/cards/import"), "file", "deck.yaml", file,
				Map.of());
	}

}
