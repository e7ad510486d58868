package org.vigie.learning.decks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.vigie.site.Language;
import org.vigie.site.PageCache;
import org.vigie.site.SitemapContributor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decks and their cards in the database. Learners read the same few decks on every
 * answer, so what they read is kept in memory for {@link #FRESHNESS} at most: a change
 * made on this node is seen at once, one made on another node within that time. Storing a
 * deck again updates the cards with the same key in place, so learners keep their
 * schedules; cards the new version no longer has are retired, not deleted, so their
 * review history stays for the statistics.
 */
@Component
public class DeckStore {

	/** How long a node may show a deck as it was before another node changed it. */
	public static final Duration FRESHNESS = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Cache<String, List<Deck>> decks = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).build();

	private final Cache<UUID, List<StudyCard>> cards = Caffeine.newBuilder()
		.expireAfterWrite(FRESHNESS)
		.maximumSize(1000)
		.build();

	private final PageCache pages;

	DeckStore(JdbcClient jdbc, PageCache pages) {
		this.jdbc = jdbc;
		this.pages = pages;
	}

	/** Every deck, published or not, in list order. */
	public List<Deck> all() {
		return this.decks.get("all", (key) -> loadDecks());
	}

	/** The decks learners see, in list order. */
	public List<Deck> published() {
		return all().stream().filter(Deck::published).toList();
	}

	public Optional<Deck> deck(UUID id) {
		return all().stream().filter((deck) -> deck.id().equals(id)).findFirst();
	}

	public Optional<Deck> byKey(String key) {
		return all().stream().filter((deck) -> deck.key().equals(key)).findFirst();
	}

	/** The published deck whose address in {@code language} ends with {@code slug}. */
	public Optional<Deck> publishedBySlug(Language language, String slug) {
		return published().stream().filter((deck) -> deck.text(language).slug().equals(slug)).findFirst();
	}

	/** The cards of a deck learners are given, in order; retired cards are left out. */
	public List<StudyCard> cards(UUID deckId) {
		return this.cards.get(deckId, this::loadCards);
	}

	/** A card still in its deck. */
	public Optional<StudyCard> card(UUID deckId, UUID cardId) {
		return cards(deckId).stream().filter((card) -> card.id().equals(cardId)).findFirst();
	}

	/** Whether any deck exists, for the demo content. */
	public boolean isEmpty() {
		return this.jdbc.sql("select count(*) from learning_deck").query(Long.class).single() == 0;
	}

	/**
	 * Stores a deck, new or a new version of one with the same key.
	 * @param definition the deck, checked again here
	 * @param now the time of the change
	 * @return the deck's id
	 * @throws DeckRefused when it breaks a rule, or its slugs are another deck's
	 */
	@Transactional
	public UUID save(DeckDefinition definition, Instant now) {
		DeckRules.check(definition);
		Timestamp at = Timestamp.from(now);
		UUID id = this.jdbc.sql("select id from learning_deck where deck_key = ?")
			.param(definition.key())
			.query(UUID.class)
			.optional()
			.orElse(null);
		for (Language language : Language.all()) {
			String slug = definition.texts().get(language).slug();
			boolean taken = this.jdbc
				.sql("select count(*) from learning_deck_text t join learning_deck d on d.id = t.deck_id "
						+ "where t.language = ? and t.slug = ? and d.deck_key <> ?")
				.params(language.code(), slug, definition.key())
				.query(Long.class)
				.single() > 0;
			if (taken) {
				throw new DeckRefused("learning.deck.problem.slugTaken", language.code(), slug);
			}
		}
		if (id == null) {
			id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into learning_deck (id, deck_key, audience, desired_retention, published, position,
						created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, definition.key(), definition.audience().name(), definition.desiredRetention(),
						definition.published(), definition.position(), at, at)
				.update();
		}
		else {
			this.jdbc.sql("""
					update learning_deck set audience = ?, desired_retention = ?, published = ?, position = ?,
						updated_at = ? where id = ?""")
				.params(definition.audience().name(), definition.desiredRetention(), definition.published(),
						definition.position(), at, id)
				.update();
			this.jdbc.sql("delete from learning_deck_text where deck_id = ?").param(id).update();
		}
		for (Language language : Language.all()) {
			DeckText text = definition.texts().get(language);
			this.jdbc
				.sql("insert into learning_deck_text (deck_id, language, title, slug, summary) values (?, ?, ?, ?, ?)")
				.params(id, language.code(), text.title(), text.slug(), text.summary())
				.update();
		}
		saveCards(id, definition.cards(), at);
		forget(id);
		return id;
	}

	private void saveCards(UUID deckId, List<CardDefinition> cards, Timestamp at) {
		Map<String, UUID> existing = new HashMap<>();
		this.jdbc.sql("select card_key, id from learning_card where deck_id = ?")
			.param(deckId)
			.query((rs, row) -> existing.put(rs.getString(1), rs.getObject(2, UUID.class)))
			.list();
		this.jdbc.sql("update learning_card set retired = true where deck_id = ?").param(deckId).update();
		int position = 0;
		for (CardDefinition card : cards) {
			UUID cardId = existing.get(card.key());
			if (cardId == null) {
				cardId = UUID.randomUUID();
				this.jdbc.sql("""
						insert into learning_card (id, deck_id, card_key, position, kind, correct_option, links_report,
							retired, updated_at) values (?, ?, ?, ?, ?, ?, ?, false, ?)""")
					.params(cardId, deckId, card.key(), position, card.kind().name(), card.answer(), card.linksReport(),
							at)
					.update();
			}
			else {
				this.jdbc.sql("""
						update learning_card set position = ?, kind = ?, correct_option = ?, links_report = ?,
							retired = false, updated_at = ? where id = ?""")
					.params(position, card.kind().name(), card.answer(), card.linksReport(), at, cardId)
					.update();
				this.jdbc.sql("delete from learning_card_text where card_id = ?").param(cardId).update();
			}
			for (Language language : Language.all()) {
				CardText text = card.texts().get(language);
				this.jdbc.sql("""
						insert into learning_card_text (card_id, language, prompt, options, explanation, reflex)
							values (?, ?, ?, ?, ?, ?)""")
					.params(cardId, language.code(), text.prompt(), String.join("\n", text.options()),
							text.explanation(), text.reflex())
					.update();
			}
			position++;
		}
	}

	/**
	 * Drops what this node keeps of a deck, and the sitemaps listing it, after a change.
	 */
	public void forget(UUID deckId) {
		this.decks.invalidateAll();
		this.cards.invalidate(deckId);
		this.pages.evictTagged(SitemapContributor.CACHE_TAG);
	}

	private List<Deck> loadDecks() {
		Map<UUID, Map<Language, DeckText>> texts = new HashMap<>();
		this.jdbc.sql("select deck_id, language, title, slug, summary from learning_deck_text")
			.query((rs, row) -> texts
				.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new EnumMap<>(Language.class))
				.put(language(rs, 2), new DeckText(rs.getString(3), rs.getString(4), rs.getString(5))))
			.list();
		return this.jdbc.sql("""
				select id, deck_key, audience, desired_retention, published, position from learning_deck
				order by position, deck_key""").query((rs, row) -> {
			UUID id = rs.getObject(1, UUID.class);
			return new Deck(id, rs.getString(2), Audience.valueOf(rs.getString(3)), rs.getDouble(4), rs.getBoolean(5),
					rs.getInt(6), texts.getOrDefault(id, Map.of()));
		}).list();
	}

	private List<StudyCard> loadCards(UUID deckId) {
		Map<UUID, Map<Language, CardText>> texts = new HashMap<>();
		this.jdbc.sql("""
				select t.card_id, t.language, t.prompt, t.options, t.explanation, t.reflex
				from learning_card_text t join learning_card c on c.id = t.card_id
				where c.deck_id = ? and c.retired = false""")
			.param(deckId)
			.query((rs, row) -> texts
				.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new EnumMap<>(Language.class))
				.put(language(rs, 2),
						new CardText(rs.getString(3), options(rs.getString(4)), rs.getString(5), rs.getString(6))))
			.list();
		Map<UUID, StudyCard> cards = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, card_key, position, kind, correct_option, links_report from learning_card
				where deck_id = ? and retired = false order by position""").param(deckId).query((rs, row) -> {
			UUID id = rs.getObject(1, UUID.class);
			return cards.put(id,
					new StudyCard(id, deckId, rs.getString(2), rs.getInt(3), CardKind.valueOf(rs.getString(4)),
							rs.getInt(5), rs.getBoolean(6), texts.getOrDefault(id, Map.of())));
		}).list();
		return List.copyOf(new ArrayList<>(cards.values()));
	}

	private static List<String> options(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
	}

	private static Language language(ResultSet rs, int column) throws SQLException {
		return Language.fromCode(rs.getString(column)).orElseThrow();
	}

}
