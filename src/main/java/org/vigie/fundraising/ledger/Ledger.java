package org.vigie.fundraising.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
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

	Ledger(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
