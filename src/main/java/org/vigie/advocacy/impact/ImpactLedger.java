package org.vigie.advocacy.impact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.site.PageCache;

/**
 * The impact figures' ledger: one row per event counted, keyed by the event's identity,
 * so an event delivered twice counts once, a later correction of a workshop replaces its
 * figures (an older one arriving late does not), and the figures survive restarts and are
 * the same on every node. Reads sum it per source, group and year in one query, kept for
 * {@link #FRESHNESS} (the home page must not query it on every view).
 */
@Component("advocacy.impact.ImpactLedger")
class ImpactLedger {

	/** How long the sums are kept before they are read again. */
	static final Duration FRESHNESS = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final PageCache pages;

	private final AdvocacyCache cache;

	private final TransactionTemplate alone;

	private final Object writing = new Object();

	private final Cache<String, List<Tally>> tallies = Caffeine.newBuilder()
		.expireAfterWrite(FRESHNESS)
		.maximumSize(1)
		.build();

	ImpactLedger(JdbcClient jdbc, PageCache pages, AdvocacyCache cache, PlatformTransactionManager transactions) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.pages = pages;
		this.alone = new TransactionTemplate(transactions);
		this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts an event, or replaces the figures it counted before when this version was
	 * recorded later; nothing happens for an event already counted with these figures or
	 * newer ones.
	 * @param key the event's identity within its source
	 * @param day the day it happened (its year is the year it counts for)
	 * @param recordedAt when its figures were recorded (the newest wins)
	 * @param home whether the home page's headline figures change with it
	 */
	void count(Source source, String key, String group, LocalDate day, int first, int second, Instant recordedAt,
			boolean home) {
		synchronized (this.writing) {
			try {
				this.alone
					.executeWithoutResult((status) -> write(source, key, group, day, first, second, recordedAt, home));
			}
			catch (DuplicateKeyException ex) {
				// Another node counted the same event in the meantime.
			}
		}
	}

	private void write(Source source, String key, String group, LocalDate day, int first, int second,
			Instant recordedAt, boolean home) {
		int changed = this.jdbc.sql("""
				update advocacy_impact_entry set group_code = ?, counted_year = ?, happened_on = ?, first_count = ?,
					second_count = ?, recorded_at = ?
				where source_kind = ? and event_key = ? and recorded_at < ?""")
			.params(group, day.getYear(), day, first, second, Timestamp.from(recordedAt), source.name(), key,
					Timestamp.from(recordedAt))
			.update();
		if (changed == 0) {
			changed = this.jdbc.sql("""
					insert into advocacy_impact_entry (source_kind, event_key, group_code, counted_year, happened_on,
						first_count, second_count, recorded_at)
					select ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) one
					where not exists (select 1 from advocacy_impact_entry where source_kind = ? and event_key = ?)""")
				.params(source.name(), key, group, day.getYear(), day, first, second, Timestamp.from(recordedAt),
						source.name(), key)
				.update();
		}
		if (changed > 0) {
			changed(home);
		}
	}

	/** The sums per source, group and year, at most {@link #FRESHNESS} old. */
	List<Tally> tallies() {
		return this.tallies.get("all", (all) -> this.jdbc.sql("""
				select source_kind, group_code, counted_year, count(*) events, sum(first_count) firsts,
					sum(second_count) seconds, min(happened_on) first_day, max(happened_on) last_day
				from advocacy_impact_entry group by source_kind, group_code, counted_year
				order by source_kind, counted_year, group_code""")
			.query((rs, row) -> new Tally(Source.valueOf(rs.getString("source_kind")), rs.getString("group_code"),
					rs.getInt("counted_year"), rs.getLong("events"), rs.getLong("firsts"), rs.getLong("seconds"),
					rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)))
			.list());
	}

	/**
	 * A stable key for an opaque id that the ledger should not keep as such (a report's,
	 * a learner's): enough to count an event once, useless to find it elsewhere.
	 */
	static String hashed(String source, Object id) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("vigie-impact:" + source + ":" + id).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Forgets the sums and the pages showing them once the change is committed. */
	private void changed(boolean home) {
		// The sums are forgotten before the pages, so no page is built again from old
		// sums.
		Runnable forget = () -> {
			this.tallies.invalidateAll();
			this.cache.changedNow();
			if (home) {
				this.pages.evictTagged("home");
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
		else {
			forget.run();
		}
	}

}
