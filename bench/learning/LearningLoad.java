import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for bench/learning-answers.sh: LEARNERS concurrent learners, each with its
 * own cookies, answer the demo decks' cards as a browser without JavaScript does (read the
 * question, post the answer, read the feedback, read the next question), up to ANSWERS
 * answers each and MAX_SECONDS in all. Prints the medians and 99th percentiles of the
 * answer (POST, graded and scheduled, then redirected) and of the whole step a learner
 * waits for (POST + feedback + next question).
 *
 * A learner thinks between two answers for THINK_MS on average (uniformly between half and
 * one and a half times it), and starts at a random moment within one think time; 0 for a
 * closed loop that measures the server's saturation, every learner starting at once.
 *
 * Run with: java bench/learning/LearningLoad.java BASE LEARNERS ANSWERS MAX_SECONDS [THINK_MS]
 */
public class LearningLoad {

	static final Pattern CARD = Pattern.compile("name=\"card\" value=\"([^\"]+)\"");

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	static final Pattern CHOICE = Pattern.compile("name=\"choice\"");

	static final String[] DECKS = { "/en/cards/travellers", "/en/cards/hotel-and-tour-staff", "/en/cards/airline-crews" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int learners = Integer.parseInt(args[1]);
		int answers = Integer.parseInt(args[2]);
		long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
		int think = (args.length > 4) ? Integer.parseInt(args[4]) : 0;
		// Warms this client (and the server) up first, so that neither compiles code while
		// it is measured: 16 learners, 40 answers each, not counted.
		run(base, 16, 40, deadline, 0, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(), new AtomicInteger());
		ConcurrentLinkedQueue<Long> posts = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> steps = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		long started = System.nanoTime();
		run(base, learners, answers, deadline, think, posts, steps, errors);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("Learners:            %d concurrent, up to %d answers each, thinking %s%n", learners, answers,
				(think > 0) ? think + " ms on average between answers" : "never (closed loop)");
		System.out.printf("Answers:             %d in %.1f s (%.0f per second), %d errors%n", posts.size(), seconds,
				posts.size() / seconds, errors.get());
		print("Answer (POST)", posts);
		print("Answer + next card", steps);
	}

	static void run(String base, int learners, int answers, long deadline, int think, ConcurrentLinkedQueue<Long> posts,
			ConcurrentLinkedQueue<Long> steps, AtomicInteger errors) {
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < learners; i++) {
				pool.submit(() -> learn(base, answers, deadline, think, posts, steps, errors));
			}
		}
	}

	static void learn(String base, int answers, long deadline, int think, ConcurrentLinkedQueue<Long> posts,
			ConcurrentLinkedQueue<Long> steps, AtomicInteger errors) {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		try {
			if (think > 0) {
				// Learners do not all start in the same millisecond: each starts within one
				// think time, so the first answers are not one burst of 64 at once.
				java.util.concurrent.TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextLong(think * 1000L));
			}
			int deck = 0;
			String page = get(http, base + DECKS[deck] + "/study");
			int done = 0;
			while (done < answers && System.nanoTime() < deadline) {
				Matcher card = CARD.matcher(page);
				if (!card.find()) {
					if (++deck == DECKS.length) {
						return;
					}
					page = get(http, base + DECKS[deck] + "/study");
					continue;
				}
				Matcher token = TOKEN.matcher(page);
				token.find();
				int options = (int) CHOICE.matcher(page).results().count();
				int choice = ThreadLocalRandom.current().nextInt(options);
				String body = "card=" + card.group(1) + "&token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
						+ "&choice=" + choice;
				long start = System.nanoTime();
				HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create(base + DECKS[deck] + "/study"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Sec-Fetch-Site", "same-origin")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				long posted = System.nanoTime();
				if (answered.statusCode() != 302) {
					errors.incrementAndGet();
					page = get(http, base + DECKS[deck] + "/study");
					continue;
				}
				String location = answered.headers().firstValue("location").orElseThrow();
				get(http, location.startsWith("http") ? location : base + location);
				page = get(http, base + DECKS[deck] + "/study");
				long ended = System.nanoTime();
				posts.add(posted - start);
				steps.add(ended - start);
				done++;
				if (think > 0) {
					java.util.concurrent.TimeUnit.MICROSECONDS
						.sleep(ThreadLocalRandom.current().nextLong(think * 500L, think * 1500L));
				}
			}
		}
		catch (Exception ex) {
			errors.incrementAndGet();
		}
	}

	static String get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	static void print(String label, ConcurrentLinkedQueue<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			System.out.printf("%-20s no sample%n", label + ":");
			return;
		}
		System.out.printf("%-20s median %.1f ms, p99 %.1f ms, max %.1f ms%n", label + ":",
				sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
				sorted.get(sorted.size() - 1) / 1e6);
	}

}
