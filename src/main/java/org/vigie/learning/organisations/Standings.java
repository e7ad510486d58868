package org.vigie.learning.organisations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckStore;
import org.vigie.learning.study.Progress;
import org.vigie.learning.study.Progress.DeckProgress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a manager sees: for each member and each assigned deck, the cards answered, the
 * recall estimated now by the scheduler, whether the deck is mastered and when the member
 * last answered one of its cards. A member is shown their own line, computed here the
 * same way, so what they see is exactly what their manager sees.
 */
@Component
class Standings {

	private final DeckStore decks;

	private final Memberships memberships;

	private final Progress progress;

	private final JdbcClient jdbc;

	Standings(DeckStore decks, Memberships memberships, Progress progress, JdbcClient jdbc) {
		this.decks = decks;
		this.memberships = memberships;
		this.progress = progress;
		this.jdbc = jdbc;
	}

	/** The published decks an organisation assigns, in the deck list's order. */
	List<Deck> assigned(UUID organisation) {
		Set<UUID> ids = Set.copyOf(this.memberships.decks(organisation));
		return this.decks.published().stream().filter((deck) -> ids.contains(deck.id())).toList();
	}

	/** One member's line. */
	Line line(Member member, List<Deck> decks, Instant now) {
		return new Line(member, decks.stream().map((deck) -> cell(member.learnerId(), deck, now)).toList());
	}

	/** The whole table of an organisation, with totals per deck. */
	Table table(UUID organisation, Instant now) {
		List<Deck> assigned = assigned(organisation);
		List<Line> lines = this.memberships.members(organisation)
			.stream()
			.map((member) -> line(member, assigned, now))
			.toList();
		List<Total> totals = new java.util.ArrayList<>();
		for (int i = 0; i < assigned.size(); i++) {
			int column = i;
			List<Cell> cells = lines.stream().map((line) -> line.cells().get(column)).toList();
			totals.add(new Total(assigned.get(i), cells.size(),
					(int) cells.stream().filter((cell) -> cell.progress().seen() > 0).count(),
					(int) cells.stream().filter((cell) -> cell.progress().mastered()).count()));
		}
		return new Table(assigned, lines, List.copyOf(totals));
	}

	private Cell cell(UUID learner, Deck deck, Instant now) {
		Timestamp last = this.jdbc
			.sql("select max(reviewed_at) from learning_review where learner_id = ? and deck_id = ?")
			.params(learner, deck.id())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)))
			.single()
			.orElse(null);
		return new Cell(deck, this.progress.of(learner, deck, now, now), (last != null) ? last.toInstant() : null);
	}

	/** A member's standing in every assigned deck, in the table's order. */
	record Line(Member member, List<Cell> cells) {

	}

	/**
	 * A member's standing in one deck.
	 *
	 * @param deck the deck
	 * @param progress the figures, recall estimated now
	 * @param lastActivity the last answer to one of its cards, or {@code null}
	 */
	record Cell(Deck deck, DeckProgress progress, Instant lastActivity) {

	}

	/** How many members started and mastered a deck. */
	record Total(Deck deck, int members, int started, int mastered) {

	}

	/** The manager's table. */
	record Table(List<Deck> decks, List<Line> lines, List<Total> totals) {

	}

}
