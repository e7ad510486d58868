package org.vigie.content.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes, for every post that is not a draft, the posts its page links to: the next older
 * and newer ones, its translations and up to {@value #RELATED} related posts (sharing the
 * most tags, then categories, newest first). Computed when content changes, so a reader's
 * request reads a few rows instead of ranking neighbours. Scheduled posts are kept and
 * filtered when read: as they come after every public post, the links stay true when they
 * go public.
 */
@Component
public class PostLinks {

	static final int RELATED = 6;

	/** Why a post's page links to another. */
	public enum Kind {

		OLDER, NEWER, TRANSLATION, RELATED

	}

	private final JdbcClient jdbc;

	private final JdbcOperations batches;

	private final TransactionTemplate transactions;

	PostLinks(JdbcClient jdbc, JdbcOperations batches, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = new TransactionTemplate(transactions);
		// Called after the change's own commit, whose resources may still be bound.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Writes the links when there are none yet while posts exist: on the first start
	 * after an upgrade, or after content was loaded without events.
	 */
	public void recomputeIfMissing() {
		boolean missing = this.jdbc.sql("select count(*) from content_post_link").query(Long.class).single() == 0
				&& this.jdbc.sql("select count(*) from content_post where status <> 'DRAFT'")
					.query(Long.class)
					.single() > 0;
		if (missing) {
			recompute();
		}
	}

	/**
	 * Replaces every link. One at a time, so two changes in a row leave the links of the
	 * later one.
	 */
	public synchronized void recompute() {
		this.transactions.executeWithoutResult((status) -> {
			List<Item> items = this.jdbc
				.sql("select id, translation_key, lang, published_at from content_post where status <> 'DRAFT'")
				.query((row, number) -> new Item(row.getLong(1), row.getString(2), row.getString(3),
						row.getObject(4, OffsetDateTime.class).toInstant()))
				.list();
			Map<Long, List<String>> terms = terms();
			List<Object[]> rows = new ArrayList<>();
			neighbours(items, rows);
			translations(items, rows);
			related(items, terms, rows);
			this.jdbc.sql("delete from content_post_link").update();
			if (!rows.isEmpty()) {
				this.batches.batchUpdate(
						"insert into content_post_link (post_id, kind, position, other_id) values (?, ?, ?, ?)", rows);
			}
		});
	}

	/** The terms of each post: "t" and a tag id, "c" and a category id. */
	private Map<Long, List<String>> terms() {
		Map<Long, List<String>> terms = new HashMap<>();
		this.jdbc.sql("select pt.post_id, pt.tag_id from content_post_tag pt").query((row) -> {
			terms.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>()).add("t" + row.getLong(2));
		});
		this.jdbc.sql("select pc.post_id, pc.category_id from content_post_category pc").query((row) -> {
			terms.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>()).add("c" + row.getLong(2));
		});
		return terms;
	}

	private static void neighbours(List<Item> items, List<Object[]> rows) {
		Map<String, List<Item>> byLanguage = items.stream()
			.sorted(Comparator.comparing(Item::publishedAt).thenComparingLong(Item::id))
			.collect(Collectors.groupingBy(Item::language, LinkedHashMap::new, Collectors.toList()));
		for (List<Item> timeline : byLanguage.values()) {
			for (int i = 0; i < timeline.size(); i++) {
				if (i > 0) {
					rows.add(row(timeline.get(i), Kind.OLDER, 0, timeline.get(i - 1)));
				}
				if (i + 1 < timeline.size()) {
					rows.add(row(timeline.get(i), Kind.NEWER, 0, timeline.get(i + 1)));
				}
			}
		}
	}

	private static void translations(List<Item> items, List<Object[]> rows) {
		Map<String, List<Item>> byKey = items.stream().collect(Collectors.groupingBy(Item::translationKey));
		for (List<Item> group : byKey.values()) {
			for (Item item : group) {
				int position = 0;
				for (Item other : group) {
					rows.add(row(item, Kind.TRANSLATION, position++, other));
				}
			}
		}
	}

	/**
	 * Up to six posts per post, sharing the most subjects: a tag counts twice a category.
	 */
	private static void related(List<Item> items, Map<Long, List<String>> terms, List<Object[]> rows) {
		Map<Long, Item> byId = items.stream().collect(Collectors.toMap(Item::id, (item) -> item));
		Map<String, List<Item>> byTerm = new HashMap<>();
		for (Item item : items) {
			terms.getOrDefault(item.id(), List.of())
				.forEach((term) -> byTerm.computeIfAbsent(term, (t) -> new ArrayList<>()).add(item));
		}
		Comparator<Map.Entry<Item, Integer>> best = Comparator
			.comparing((Map.Entry<Item, Integer> entry) -> -entry.getValue())
			.thenComparing((entry) -> entry.getKey().publishedAt(), Comparator.reverseOrder())
			.thenComparing((entry) -> -entry.getKey().id());
		for (Item item : byId.values()) {
			Map<Item, Integer> scores = new HashMap<>();
			for (String term : terms.getOrDefault(item.id(), List.of())) {
				int weight = term.startsWith("t") ? 2 : 1;
				for (Item other : byTerm.getOrDefault(term, List.of())) {
					if (other.id() != item.id() && other.language().equals(item.language())) {
						scores.merge(other, weight, Integer::sum);
					}
				}
			}
			int position = 0;
			for (Map.Entry<Item, Integer> entry : scores.entrySet().stream().sorted(best).limit(RELATED).toList()) {
				rows.add(row(item, Kind.RELATED, position++, entry.getKey()));
			}
		}
	}

	private static Object[] row(Item item, Kind kind, int position, Item other) {
		return new Object[] { item.id(), kind.name(), position, other.id() };
	}

	private record Item(long id, String translationKey, String language, Instant publishedAt) {
	}

}
