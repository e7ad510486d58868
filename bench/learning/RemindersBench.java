import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.vigie.learning.reminders.DueReminders;

/**
 * Fills a fresh database (the application's own migrations) with learners whose reminders
 * are on and who have schedules, then times the reminder job's queries: the due learners
 * of one hour, and the cards due per deck of each (what the job reads before writing each
 * email to the outbox). Run by bench/learning-reminders.sh. Arguments: JDBC URL, user,
 * password, learners, cards per learner, runs.
 */
public class RemindersBench {

	public static void main(String[] args) throws Exception {
		DriverManagerDataSource data = new DriverManagerDataSource(args[0], args[1], args[2]);
		int learners = Integer.parseInt(args[3]);
		int cardsEach = Integer.parseInt(args[4]);
		int runs = Integer.parseInt(args[5]);
		long start = System.nanoTime();
		Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
		Instant now = Instant.parse("2026-12-04T07:00:00Z");
		int hour = now.atZone(java.time.ZoneId.of("Europe/Brussels")).getHour();
		fill(data, learners, cardsEach, now);
		System.out.printf("filled %,d learners with %,d schedule rows in %.1f s%n", learners, learners * cardsEach,
				(System.nanoTime() - start) / 1e9);
		report("uniform hours (1/24 at this hour)", data, hour, now, runs);
		try (Connection c = data.getConnection()) {
			c.createStatement().executeUpdate("update learning_reminder set remind_hour = " + hour);
		}
		report("every learner at this hour (worst case)", data, hour, now, runs);
	}

	private static void report(String label, DataSource data, int hour, Instant now, int runs) throws Exception {
		List<Double> query = new ArrayList<>();
		int found = 0;
		for (int run = 0; run < runs; run++) {
			try (Connection c = data.getConnection()) {
				long t0 = System.nanoTime();
				java.util.Set<UUID> due = new java.util.HashSet<>();
				try (PreparedStatement s = c.prepareStatement(DueReminders.DUE_DECKS)) {
					s.setTimestamp(1, Timestamp.from(now));
					s.setInt(2, hour);
					s.setTimestamp(3, Timestamp.from(now.minus(DueReminders.QUIET)));
					try (ResultSet rs = s.executeQuery()) {
						while (rs.next()) {
							due.add(rs.getObject(1, UUID.class));
							rs.getInt(3);
						}
					}
				}
				long t1 = System.nanoTime();
				query.add((t1 - t0) / 1e6);
				found = due.size();
			}
		}
		System.out.printf("%s: %,d learners due; the query finding them with their cards due per deck: "
				+ "median %.1f ms (min %.1f, max %.1f), %d runs%n", label, found, median(query), Collections.min(query),
				Collections.max(query), runs);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/**
	 * Three decks of 20 cards; each learner has reminders on at an hour spread over the
	 * day and schedules for {@code cardsEach} cards of one deck, each due at a time drawn
	 * from two weeks ago to two months ahead: with 10 cards, about 88% of the learners
	 * have a card due.
	 */
	private static void fill(DataSource data, int learners, int cardsEach, Instant now) throws Exception {
		Random random = new Random(42);
		Timestamp at = Timestamp.from(now.minus(Duration.ofDays(30)));
		List<List<UUID>> decks = new ArrayList<>();
		List<UUID> deckIds = new ArrayList<>();
		try (Connection c = data.getConnection()) {
			c.setAutoCommit(false);
			for (int d = 0; d < 3; d++) {
				UUID deck = UUID.randomUUID();
				deckIds.add(deck);
				exec(c, "insert into learning_deck values (?, ?, 'PUBLIC', 0.9, true, ?, ?, ?)", deck, "bench-" + d, d, at,
						at);
				List<UUID> cards = new ArrayList<>();
				for (int k = 0; k < 20; k++) {
					UUID card = UUID.randomUUID();
					exec(c, "insert into learning_card values (?, ?, ?, ?, 'TRUE_FALSE', 0, false, false, ?)", card, deck,
							"c" + k, k, at);
					cards.add(card);
				}
				decks.add(cards);
			}
			c.commit();
			try (PreparedStatement learner = c.prepareStatement(
					"insert into learning_learner values (?, ?, 'en', ?, ?)");
					PreparedStatement reminder = c.prepareStatement(
							"insert into learning_reminder (learner_id, email_sealed, email_hash, remind_hour, language, "
									+ "nonce, confirmed_at) values (?, 'sealed', ?, ?, 'en', 'nonce', ?)");
					PreparedStatement schedule = c.prepareStatement(
							"insert into learning_schedule values (?, ?, ?, 'REVIEW', 0, 10.0, 5.0, ?, ?, 3, 0)")) {
				for (int i = 0; i < learners; i++) {
					UUID id = UUID.randomUUID();
					set(learner, id, "device-" + i, at, at).addBatch();
					set(reminder, id, String.format("%064d", i), i % 24, at).addBatch();
					int d = random.nextInt(3);
					UUID deck = deckIds.get(d);
					for (int k = 0; k < cardsEach; k++) {
						Instant due = now.plus(Duration.ofMinutes(random.nextInt(74 * 24 * 60) - 14 * 24 * 60));
						set(schedule, id, decks.get(d).get(k), deck, Timestamp.from(due), at).addBatch();
					}
					if (i % 2000 == 1999 || i == learners - 1) {
						learner.executeBatch();
						reminder.executeBatch();
						schedule.executeBatch();
						c.commit();
					}
				}
			}
		}
		try (Connection c = data.getConnection()) {
			if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				c.createStatement().execute("analyze");
			}
		}
	}

	private static void exec(Connection c, String sql, Object... values) throws Exception {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			set(s, values).executeUpdate();
		}
	}

	private static PreparedStatement set(PreparedStatement s, Object... values) throws Exception {
		for (int i = 0; i < values.length; i++) {
			s.setObject(i + 1, values[i]);
		}
		return s;
	}

}
