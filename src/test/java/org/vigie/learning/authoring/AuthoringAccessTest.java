package org.vigie.learning.authoring;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.identity.Role;
import org.vigie.learning.LearningTest;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.decks.StudyCard;

import org.vigie.identity.StaffIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only trainers (and administrators) reach the cards' back-office: an editor signed in
 * with both factors is refused every address, read or write, upload included, and nothing
 * changes; someone not signed in is sent to the sign-in page.
 */
@LearningTest
class AuthoringAccessTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private DeckStore decks;

	@Autowired
	private DeckEditing editing;

	@Test
	void anEditorIsRefusedEveryAddressAndNothingChanges() {
		String key = AuthoringFixtures.key("access");
		UUID id = this.decks.save(AuthoringFixtures.deck(key, 2), Instant.now());
		StudyCard card = this.decks.cards(id).get(0);
		String deck = "/admin/cards/" + id;
		String cardPath = deck + "/cards/" + card.id();
		StaffBrowser editor = Trainers.signIn(this.context, Role.EDITOR).browser();
		List<String> reads = List.of("/admin/cards", "/admin/cards/new", "/admin/cards/import",
				"/admin/cards/calibration", deck, deck + "/cards", deck + "/cards/new", cardPath, deck + "/statistics",
				deck + "/calibration", deck + "/export");
		for (String path : reads) {
			assertThat(editor.get(path).statusCode()).as(path).isEqualTo(403);
		}
		String csrf = editor.csrf("/admin/account");
		assertThat(csrf).isNotEmpty();
		Map<String, String> fields = new java.util.HashMap<>(AuthoringFixtures.deckFields(key));
		fields.putAll(AuthoringFixtures.cardFields("k1", "TRUE_FALSE", 2, "Changed"));
		fields.put("_csrf", csrf);
		fields.put("direction", "down");
		fields.put("published", "false");
		for (String path : List.of("/admin/cards/new", deck, deck + "/cards/new", cardPath, cardPath + "/retire",
				cardPath + "/move")) {
			assertThat(editor.post(path, fields).statusCode()).as(path).isEqualTo(403);
		}
		byte[] file = ("key: " + key + "\n").getBytes(StandardCharsets.UTF_8);
		assertThat(editor.upload("/admin/cards/import", csrf, "file", "deck.yaml", file, Map.of()).statusCode())
			.isEqualTo(403);

		Deck after = this.decks.deck(id).orElseThrow();
		assertThat(after.published()).isTrue();
		assertThat(this.decks.cards(id)).extracting(StudyCard::key).containsExactly("k1", "k2");
		assertThat(this.decks.cards(id).get(0).kind().name()).isEqualTo("MULTIPLE_CHOICE");
		assertThat(new StaffBrowser(this.site).get("/admin/cards").statusCode()).isIn(302, 401, 403);
	}

	@Test
	void theEditingServiceChecksThePermissionWhateverCallsIt() {
		String key = AuthoringFixtures.key("service");
		StaffIdentity editor = new StaffIdentity() {

			@Override
			public long id() {
				return 1;
			}

			@Override
			public String email() {
				return "editor@example.org";
			}

			@Override
			public String displayName() {
				return "Ed";
			}

			@Override
			public org.vigie.site.Language language() {
				return org.vigie.site.Language.EN;
			}

			@Override
			public boolean can(org.vigie.identity.Permission permission) {
				return false;
			}

		};
		assertThatThrownBy(() -> this.editing.create(AuthoringFixtures.deck(key, 1), editor))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.editing.importDeck(AuthoringFixtures.deck(key, 1), editor))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.decks.byKey(key)).isEmpty();
	}

	@Test
	void aTrainerSeesTheCardsInTheMenuAndReachesThem() {
		StaffBrowser trainer = Trainers.signIn(this.context, Role.TRAINER).browser();
		assertThat(trainer.get("/admin").body()).contains("href=\"/admin/cards\"");
		assertThat(trainer.get("/admin/cards").statusCode()).isEqualTo(200);
		assertThat(trainer.get("/admin/posts").statusCode()).isEqualTo(403);
		assertThat(trainer.get("/admin/cards/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(trainer.get("/admin/cards/not-an-id/cards").statusCode()).isEqualTo(404);
	}

}
