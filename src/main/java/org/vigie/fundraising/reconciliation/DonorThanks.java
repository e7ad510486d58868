package org.vigie.fundraising.reconciliation;

import java.util.List;
import java.util.UUID;

import org.vigie.fundraising.gifts.Gifts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings the statuses of the gifts an imported statement settled up to date and thanks
 * their donors, once the import is recorded, in a transaction of its own: the money is in
 * the ledger from the import on (so every figure counts it at once); the statuses, the
 * thank-you emails through the outbox and the lines marked as thanked follow together, so
 * a crash midway leaves the event to be delivered again and no donor is thanked twice.
 * Keeping them out of the import keeps a statement of 100,000 lines within seconds.
 */
@Component
class DonorThanks {

	private final JdbcClient jdbc;

	private final Gifts gifts;

	DonorThanks(JdbcClient jdbc, Gifts gifts) {
		this.jdbc = jdbc;
		this.gifts = gifts;
	}

	@ApplicationModuleListener
	void on(StatementImported event) {
		List<Pending> pending = this.jdbc.sql("""
				select l.id, l.gift_id, l.amount_cents, l.booked_on from fundraising_statement_line l
				join fundraising_statement s on s.id = l.statement_id
				where s.import_id = ? and l.thank_pending order by l.id""")
			.param(event.importId())
			.query((rs, row) -> new Pending(rs.getLong("id"), rs.getObject("gift_id", UUID.class),
					rs.getLong("amount_cents"), rs.getDate("booked_on").toLocalDate()))
			.list();
		java.util.Map<UUID, java.time.LocalDate> days = new java.util.LinkedHashMap<>();
		pending.forEach((line) -> days.putIfAbsent(line.giftId(), line.bookedOn()));
		this.gifts.settledFirstTime(days);
		for (Pending line : pending) {
			this.gifts.thank(line.giftId(), line.amountCents());
			this.jdbc.sql("update fundraising_statement_line set thank_pending = false where id = ?")
				.param(line.id())
				.update();
		}
	}

	private record Pending(long id, UUID giftId, long amountCents, java.time.LocalDate bookedOn) {
	}

}
