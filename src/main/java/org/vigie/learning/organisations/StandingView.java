package org.vigie.learning.organisations;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;

/**
 * One assigned deck's table as a page shows it: the manager gets every member's row and
 * the totals, a member gets their own row only, built the same way.
 *
 * @param title the deck's title
 * @param deckPath where to study it
 * @param total how many members started and mastered it, or {@code null} on a member's
 * page
 * @param rows one per member shown
 */
record StandingView(String title, String deckPath, Standings.Total total, List<Row> rows) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * One member's row.
	 *
	 * @param name their display name
	 * @param seen the cards they answered
	 * @param cards the cards in the deck
	 * @param recall the estimated recall now, in percent
	 * @param mastered whether they mastered the deck
	 * @param lastActivity the day of their last answer, or {@code null}
	 * @param certificatePath where to download their certificate, when mastered
	 */
	record Row(String name, int seen, int cards, int recall, boolean mastered, String lastActivity,
			String certificatePath) {

	}

	/** The tables of every assigned deck, for the lines given. */
	static List<StandingView> of(Language language, UUID organisation, List<Deck> decks, List<Standings.Line> lines,
			List<Standings.Total> totals, ZoneId zone) {
		List<StandingView> views = new ArrayList<>();
		for (int i = 0; i < decks.size(); i++) {
			Deck deck = decks.get(i);
			List<Row> rows = new ArrayList<>();
			for (Standings.Line line : lines) {
				Standings.Cell cell = line.cells().get(i);
				rows.add(new Row(line.member().displayName(), cell.progress().seen(), cell.progress().cards(),
						cell.progress().recallPercent(), cell.progress().mastered(), day(cell.lastActivity(), zone),
						cell.progress().mastered()
								? OrganisationPaths.certificate(language, organisation, line.member().id(), deck)
								: null));
			}
			views.add(new StandingView(deck.text(language).title(), CardsPaths.deck(language, deck),
					(totals != null) ? totals.get(i) : null, rows));
		}
		return views;
	}

	private static String day(Instant instant, ZoneId zone) {
		return (instant != null) ? DAY.format(instant.atZone(zone)) : null;
	}

}
