package org.vigie.advocacy.watch.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.advocacy.watch.Health;
import org.vigie.advocacy.watch.Source;
import org.vigie.advocacy.watch.WatchStore;

/**
 * Checks watched addresses: fetches each page, selects the watched part with its CSS
 * selector, and compares the SHA-256 of its normalised text with the last one kept. A
 * different hash is a change; a page where the selector matches nothing has changed shape
 * (reported as such, never shown as empty); {@code unreachable-after} failed checks in a
 * row (3 by default) make it unreachable; a refused fetch (private address, too large) is
 * reported as refused. Each of these is reported once, when the address enters it: a
 * signal for the watch list and the digest, and an email to the advocacy team. The result
 * is written only if nobody wrote another meanwhile, so two nodes checking at once report
 * a change once.
 */
@Service
public class SourceChecks {

	/** Longest excerpt kept of the watched text. */
	public static final int EXCERPT = 400;

	private static final Logger log = LoggerFactory.getLogger(SourceChecks.class);

	private final WatchStore store;

	private final SourceFetcher fetcher;

	private final ChangeMail mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int unreachableAfter;

	SourceChecks(WatchStore store, SourceFetcher fetcher, ChangeMail mail, TransactionTemplate transactions,
			Clock clock, @Value("${vigie.advocacy.watch.unreachable-after:3}") int unreachableAfter) {
		this.store = store;
		this.fetcher = fetcher;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
		this.unreachableAfter = Math.max(1, unreachableAfter);
	}

	/** Checks every enabled address; how many reported something. */
	public int checkAll() {
		int reported = 0;
		List<Source> sources = this.store.enabledSources();
		for (Source source : sources) {
			if (check(source).isPresent()) {
				reported++;
			}
		}
		log.info("Policy watch: {} addresses checked, {} reported", sources.size(), reported);
		return reported;
	}

	/** Checks one address now; what it reported, if anything. */
	public Optional<Health> check(UUID sourceId) {
		return this.store.source(sourceId).flatMap(this::check);
	}

	private Optional<Health> check(Source before) {
		Fetched fetched = this.fetcher.fetch(before.address());
		Instant now = this.clock.instant();
		Outcome outcome = switch (fetched) {
			case Fetched.Page page -> read(before, page, now);
			case Fetched.Failed failed -> failed(before, failed.problem(), now);
			case Fetched.Refused refused -> changeTo(before, Health.REFUSED, refused.problem(), 0, now,
					before.health() != Health.REFUSED || !refused.problem().equals(before.problem()));
		};
		Boolean reported = this.transactions.execute((status) -> {
			if (!this.store.recordCheck(before, outcome.after())) {
				return false;
			}
			if (outcome.reported() != null) {
				this.store.signal(before, outcome.reported(), outcome.oldExcerpt(), outcome.newExcerpt(), now);
				this.mail.send(outcome.after(), outcome.reported(), outcome.oldExcerpt(), outcome.newExcerpt());
			}
			return outcome.reported() != null;
		});
		return Boolean.TRUE.equals(reported) ? Optional.of(outcome.reported()) : Optional.empty();
	}

	private Outcome read(Source before, Fetched.Page page, Instant now) {
		Elements parts = Jsoup.parse(page.html(), page.address().toString()).select(before.selector());
		if (parts.isEmpty()) {
			return changeTo(before, Health.SHAPE_CHANGED, "advocacy.watch.problem.shape", 0, now,
					before.health() != Health.SHAPE_CHANGED);
		}
		String text = normalised(parts.text());
		String hash = sha256(text);
		String excerpt = excerpt(text);
		if (before.contentHash() == null || hash.equals(before.contentHash())) {
			Health health = (before.health() == Health.CHANGED) ? Health.CHANGED : Health.OK;
			Instant changedAt = (health == before.health() && before.changedAt() != null) ? before.changedAt() : now;
			return new Outcome(
					new Source(before.id(), before.fileId(), before.address(), before.selector(), before.enabled(),
							health, hash, excerpt, before.previousExcerpt(), null, 0, now, changedAt),
					null, null, null);
		}
		return new Outcome(
				new Source(before.id(), before.fileId(), before.address(), before.selector(), before.enabled(),
						Health.CHANGED, hash, excerpt, before.excerpt(), null, 0, now, now),
				Health.CHANGED, before.excerpt(), excerpt);
	}

	private Outcome failed(Source before, String problem, Instant now) {
		int failures = before.failures() + 1;
		if (failures >= this.unreachableAfter) {
			return changeTo(before, Health.UNREACHABLE, problem, failures, now, before.health() != Health.UNREACHABLE);
		}
		return new Outcome(new Source(before.id(), before.fileId(), before.address(), before.selector(),
				before.enabled(), before.health(), before.contentHash(), before.excerpt(), before.previousExcerpt(),
				problem, failures, now, before.changedAt()), null, null, null);
	}

	private static Outcome changeTo(Source before, Health health, String problem, int failures, Instant now,
			boolean report) {
		Instant changedAt = (report || before.changedAt() == null) ? now : before.changedAt();
		return new Outcome(new Source(before.id(), before.fileId(), before.address(), before.selector(),
				before.enabled(), health, before.contentHash(), before.excerpt(), before.previousExcerpt(), problem,
				failures, now, changedAt), report ? health : null, null, null);
	}

	/** The text as compared: Unicode NFC, runs of white space as one space, trimmed. */
	public static String normalised(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

	static String excerpt(String text) {
		return (text.length() > EXCERPT) ? text.substring(0, EXCERPT - 1) + "…" : text;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A check's result.
	 *
	 * @param after the address as it now is
	 * @param reported what to report, or {@code null}
	 * @param oldExcerpt the text before a change
	 * @param newExcerpt the text after it
	 */
	private record Outcome(Source after, Health reported, String oldExcerpt, String newExcerpt) {
	}

}
