package org.vigie.learning.authoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.vigie.learning.decks.CardText;
import org.vigie.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each language of a card last changed, to show trainers which translations lag
 * behind: a language is older when another one of the same card changed after it.
 */
@Component
class CardTranslations {

	private final JdbcClient jdbc;

	CardTranslations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes the languages whose words differ between the card's stored texts and its new
	 * ones (every language for a new card).
	 */
	void changed(UUID card, Map<Language, CardText> before, Map<Language, CardText> after, Instant now) {
		for (Language language : Language.all()) {
			if (before != null && Objects.equals(before.get(language), after.get(language))) {
				continue;
			}
			this.jdbc.sql("delete from learning_card_translation where card_id = ? and language = ?")
				.params(card, language.code())
				.update();
			this.jdbc.sql("insert into learning_card_translation (card_id, language, changed_at) values (?, ?, ?)")
				.params(card, language.code(), Timestamp.from(now))
				.update();
		}
	}

	/** For each card of the deck with a lagging translation, its older languages. */
	Map<UUID, Set<Language>> older(UUID deck) {
		Map<UUID, Map<Language, Instant>> times = new HashMap<>();
		this.jdbc.sql("""
				select t.card_id, t.language, t.changed_at from learning_card_translation t
				join learning_card c on c.id = t.card_id where c.deck_id = ?""")
			.param(deck)
			.query((rs, row) -> times
				.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new EnumMap<>(Language.class))
				.put(Language.fromCode(rs.getString(2)).orElseThrow(), rs.getTimestamp(3).toInstant()))
			.list();
		Map<UUID, Set<Language>> older = new HashMap<>();
		times.forEach((card, byLanguage) -> {
			Instant latest = byLanguage.values().stream().max(Instant::compareTo).orElseThrow();
			Set<Language> behind = byLanguage.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().isBefore(latest))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			if (!behind.isEmpty()) {
				older.put(card, behind);
			}
		});
		return older;
	}

	/** The older languages of one card, in the site's order. */
	List<Language> olderOf(UUID deck, UUID card) {
		Set<Language> behind = older(deck).getOrDefault(card, Set.of());
		return Language.all().stream().filter(behind::contains).toList();
	}

}
