package org.vigie.learning.offline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.vigie.learning.Learner;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A phone with the offline app, as the server sees it: a learner who answered a first
 * card online, sending batches of answers and downloading decks with its device cookie.
 * Also reads what the database holds for that learner, to check nothing else changed.
 */
final class OfflineDevice {

	static final String SYNC = "/en/cards/sync";

	private final int port;

	private final Learner learner;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	OfflineDevice(int port, Learner learner) {
		this.port = port;
		this.learner = learner;
	}

	String cookie() {
		return this.learner.deviceCookie().map((cookie) -> "vigie_cards=" + cookie.getValue()).orElse(null);
	}

	/** Sends a body to the sync address as the app does, unless headers say otherwise. */
	HttpResponse<String> send(String body, String... headers) {
		return send(HttpRequest.BodyPublishers.ofString(body), headers);
	}

	HttpResponse<String> send(HttpRequest.BodyPublisher body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + SYNC))
			.timeout(Duration.ofSeconds(60))
			.POST(body);
		if (headers.length > 0) {
			request.headers(headers);
		}
		else {
			request.headers("Content-Type", "application/json", "X-Vigie-Sync", "1", "Sec-Fetch-Site", "same-origin");
		}
		return exchange(request);
	}

	HttpResponse<String> get(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.GET();
		return exchange(request);
	}

	/** Sends the request with this device's cookie, if it has one yet. */
	private HttpResponse<String> exchange(HttpRequest.Builder request) {
		if (cookie() != null) {
			request.header("Cookie", cookie());
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One answer as the app writes it. */
	static String answer(String id, String deck, UUID card, int choice, Instant at) {
		return "{\"id\":\"" + id + "\",\"deck\":\"" + deck + "\",\"card\":\"" + card + "\",\"choice\":" + choice
				+ ",\"answeredAt\":\"" + at + "\"}";
	}

	static String batch(List<String> answers) {
		return "{\"answers\":[" + String.join(",", answers) + "]}";
	}

	static String batch(String... answers) {
		return batch(List.of(answers));
	}

	static String id() {
		return UUID.randomUUID().toString();
	}

	/** What the database holds for a learner: every schedule row, and the reviews. */
	static Snapshot snapshot(JdbcClient jdbc, UUID learner) {
		List<String> schedules = new ArrayList<>(jdbc.sql("""
				select card_id, state, step, due_at, last_review_at, reps, lapses from learning_schedule
				where learner_id = ? order by card_id""")
			.param(learner)
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " "
					+ rs.getTimestamp(4).toInstant() + " " + rs.getTimestamp(5) + " " + rs.getInt(6) + " "
					+ rs.getInt(7))
			.list());
		long reviews = jdbc.sql("select count(*) from learning_review where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single();
		return new Snapshot(schedules, reviews);
	}

	record Snapshot(List<String> schedules, long reviews) {

	}

}
