package org.vigie.fundraising.reconciliation;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the gifts a statement's lines may pay, a few queries for a whole statement rather
 * than one per line: the gifts of a set of communications, the promised transfers of a
 * set of amounts with their donors' names.
 */
@Component
class GiftLookup {

	/** How many values one {@code in (…)} list takes. */
	static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	GiftLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The gifts promised with these communications (twelve digits each), by digits. */
	Map<String, KnownGift> byCommunication(Collection<String> digits) {
		Map<String, KnownGift> found = new HashMap<>();
		for (List<String> chunk : chunks(digits)) {
			this.jdbc
				.sql("select id, amount_cents, communication from fundraising_gift where communication in (:digits)")
				.param("digits", chunk)
				.query((ResultSet rs) -> {
					found.put(rs.getString("communication"),
							new KnownGift(rs.getObject("id", UUID.class), rs.getLong("amount_cents"), null, null));
				});
		}
		return found;
	}

	/**
	 * The gifts by transfer still waiting for their money whose amount is one of these,
	 * with their donor's names, by amount. One pass over the promised transfers: an
	 * {@code in} list of thousands of amounts on a column without an index costs H2 a
	 * scan per thousand.
	 */
	Map<Long, List<KnownGift>> pendingTransfers(Collection<Long> amounts) {
		Set<Long> wanted = new HashSet<>(amounts);
		Map<Long, List<KnownGift>> found = new HashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				select g.id, g.amount_cents, d.first_name, d.last_name from fundraising_gift g
				join fundraising_donor d on d.id = g.donor_id where g.status = 'PENDING' and g.method = 'TRANSFER'""")
			.query((ResultSet rs) -> {
				long amount = rs.getLong("amount_cents");
				if (wanted.contains(amount)) {
					found.computeIfAbsent(amount, (key) -> new ArrayList<>())
						.add(new KnownGift(rs.getObject("id", UUID.class), amount, rs.getString("first_name"),
								rs.getString("last_name")));
				}
			});
		return found;
	}

	static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = List.copyOf(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int start = 0; start < all.size(); start += CHUNK) {
			chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
		}
		return chunks;
	}

	/**
	 * A gift a line may pay.
	 *
	 * @param id the gift
	 * @param amountCents the amount promised
	 * @param firstName the donor's first name, when asked for
	 * @param lastName the donor's last name, when asked for
	 */
	record KnownGift(UUID id, long amountCents, String firstName, String lastName) {
	}

}
