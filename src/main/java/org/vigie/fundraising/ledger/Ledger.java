package org.vigie.fundraising.ledger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only ledger of money received and given back. Nothing here updates or
 * deletes an entry: a mistake is corrected by a new entry that names the one it corrects.
 * Every key is unique, so a movement reported many times (a webhook delivered ten times,
 * a statement imported twice) is recorded once. Totals are sums over the entries,
 * computed when asked, so two donations recorded at the same instant can never lose one
 * another.
 */
@Component
public class Ledger {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Ledger(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Appends an entry unless one with the same key exists.
	 * <p>
	 * Call it inside the transaction that records what follows from it: if two nodes
	 * append the same key at once, the second one's insert fails on the key and its
	 * transaction rolls back, so the caller should run again, and will then find the
	 * entry.
	 * @return whether it was appended (false: already recorded)
	 */
	public boolean append(NewEntry entry, Instant now) {
		if (contains(entry.key())) {
			return false;
		}
		this.jdbc.sql("""
				insert into fundraising_ledger (entry_key, kind, campaign_id, page_id, gift_id, donor_id, amount_cents,
					fee_cents, deductible, booked_on, recorded_at, source, note, corrects)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.key(), entry.kind().name(), entry.campaignId(), entry.pageId(), entry.giftId(),
					entry.donorId(), entry.amountCents(), entry.feeCents(), entry.deductible(),
					Date.valueOf(entry.bookedOn()), Timestamp.from(now), entry.source().name(), entry.note(),
					entry.corrects())
			.update();
		return true;
	}

	/**
	 * Which of these keys are recorded, a few queries for many keys (a bank statement's
	 * lines).
	 */
	public Set<String> recorded(Collection<String> keys) {
		Set<String> found = new HashSet<>();
		List<String> all = List.copyOf(keys);
		for (int start = 0; start < all.size(); start += 1000) {
			found.addAll(this.jdbc.sql("select entry_key from fundraising_ledger where entry_key in (:keys)")
				.param("keys", all.subList(start, Math.min(all.size(), start + 1000)))
				.query(String.class)
				.list());
		}
		return found;
	}

	/** Which of these gifts already have money received in the ledger. */
	public Set<UUID> received(Collection<UUID> giftIds) {
		Set<UUID> found = new HashSet<>();
		List<UUID> all = List.copyOf(giftIds);
		for (int start = 0; start < all.size(); start += 1000) {
			found.addAll(this.jdbc
				.sql("select distinct gift_id from fundraising_ledger where kind = 'GIFT' and gift_id in (:gifts)")
				.param("gifts", all.subList(start, Math.min(all.size(), start + 1000)))
				.query(UUID.class)
				.list());
		}
		return found;
	}

	/**
	 * Appends many entries in batches, for a bank statement of thousands of lines. The
	 * caller has checked with {@link #recorded} that none of the keys is recorded, in the
	 * same transaction; a key recorded meanwhile by another node fails the insert on the
	 * key and the whole transaction rolls back.
	 */
	public void appendAll(List<NewEntry> entries, Instant now) {
		Timestamp recordedAt = Timestamp.from(now);
		this.template.batchUpdate("""
				insert into fundraising_ledger (entry_key, kind, campaign_id, page_id, gift_id, donor_id, amount_cents,
					fee_cents, deductible, booked_on, recorded_at, source, note, corrects)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, 1000, (ps, entry) -> {
			ps.setString(1, entry.key());
			ps.setString(2, entry.kind().name());
			ps.setObject(3, entry.campaignId());
			setUuid(ps, 4, entry.pageId());
			setUuid(ps, 5, entry.giftId());
			setUuid(ps, 6, entry.donorId());
			ps.setLong(7, entry.amountCents());
			ps.setLong(8, entry.feeCents());
			ps.setBoolean(9, entry.deductible());
			ps.setDate(10, Date.valueOf(entry.bookedOn()));
			ps.setTimestamp(11, recordedAt);
			ps.setString(12, entry.source().name());
			ps.setString(13, entry.note());
			if (entry.corrects() != null) {
				ps.setLong(14, entry.corrects());
			}
			else {
				ps.setNull(14, Types.BIGINT);
			}
		});
	}

	private static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
		if (value != null) {
			ps.setObject(index, value);
		}
		else {
			ps.setNull(index, Types.OTHER);
		}
	}

	/** Whether a movement with that key is recorded. */
	public boolean contains(String key) {
		return this.jdbc.sql("select count(*) from fundraising_ledger where entry_key = ?")
			.param(key)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether an exception says an entry with the same key was appended meanwhile. */
	public static boolean isDuplicate(RuntimeException ex) {
		return ex instanceof DuplicateKeyException;
	}

	/** A campaign's figures, computed now. */
	public CampaignFigures figures(UUID campaignId, long goalCents) {
		long raised = this.jdbc
			.sql("select coalesce(sum(amount_cents), 0) from fundraising_ledger where campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single();
		long donors = this.jdbc
			.sql("""
					select count(*) from (select donor_id from fundraising_ledger where campaign_id = ? and donor_id is not null
					group by donor_id having sum(amount_cents) > 0) d""")
			.param(campaignId)
			.query(Long.class)
			.single();
		return new CampaignFigures(raised, donors, goalCents);
	}

	/** The net raised by each page of a campaign (pages with nothing are absent). */
	public Map<UUID, Long> pageTotals(UUID campaignId) {
		Map<UUID, Long> totals = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select page_id, sum(amount_cents) as total from fundraising_ledger where campaign_id = ? and page_id is not null
					group by page_id""")
			.param(campaignId)
			.query((ResultSet rs) -> {
				totals.put(rs.getObject("page_id", UUID.class), rs.getLong("total"));
			});
		return totals;
	}

	/** How many different donors gave through each page of a campaign. */
	public Map<UUID, Long> pageDonors(UUID campaignId) {
		Map<UUID, Long> donors = new LinkedHashMap<>();
		this.jdbc.sql("""
				select page_id, count(*) as donors from (select page_id, donor_id from fundraising_ledger
				where campaign_id = ? and page_id is not null and donor_id is not null group by page_id, donor_id
				having sum(amount_cents) > 0) d group by page_id""").param(campaignId).query((ResultSet rs) -> {
			donors.put(rs.getObject("page_id", UUID.class), rs.getLong("donors"));
		});
		return donors;
	}

	/** The net recorded for a gift: what was received, less what went back. */
	public long giftNet(UUID giftId) {
		return this.jdbc.sql("select coalesce(sum(amount_cents), 0) from fundraising_ledger where gift_id = ?")
			.param(giftId)
			.query(Long.class)
			.single();
	}

	/** The entries of a gift, in the order recorded. */
	public List<LedgerEntry> ofGift(UUID giftId) {
		return this.jdbc.sql("select * from fundraising_ledger where gift_id = ? order by id")
			.param(giftId)
			.query((rs, row) -> entry(rs))
			.list();
	}

	/** One entry. */
	public java.util.Optional<LedgerEntry> byId(long id) {
		return this.jdbc.sql("select * from fundraising_ledger where id = ?")
			.param(id)
			.query((rs, row) -> entry(rs))
			.optional();
	}

	/**
	 * Every entry booked in a period (both days included), in booking order, streamed so
	 * that a year of entries never sits in memory.
	 */
	public void booked(LocalDate from, LocalDate to, Consumer<LedgerEntry> each) {
		this.jdbc.sql("select * from fundraising_ledger where booked_on between ? and ? order by booked_on, id")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((ResultSet rs) -> {
				each.accept(entry(rs));
			});
	}

	static LedgerEntry entry(ResultSet rs) throws SQLException {
		long corrects = rs.getLong("corrects");
		Long correctsOrNull = rs.wasNull() ? null : corrects;
		return new LedgerEntry(rs.getLong("id"), rs.getString("entry_key"), EntryKind.valueOf(rs.getString("kind")),
				rs.getObject("campaign_id", UUID.class), rs.getObject("page_id", UUID.class),
				rs.getObject("gift_id", UUID.class), rs.getObject("donor_id", UUID.class), rs.getLong("amount_cents"),
				rs.getLong("fee_cents"), rs.getBoolean("deductible"), rs.getDate("booked_on").toLocalDate(),
				rs.getTimestamp("recorded_at").toInstant(), EntrySource.valueOf(rs.getString("source")),
				rs.getString("note"), correctsOrNull);
	}

}
