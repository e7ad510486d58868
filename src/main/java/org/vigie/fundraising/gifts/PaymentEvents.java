package org.vigie.fundraising.gifts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.payments.PaymentEvent;
import org.vigie.fundraising.payments.PaymentRefused;

/**
 * Records what providers report. Each event is recorded once by its key, in one
 * transaction with what follows from it (a ledger entry, a status): the same event
 * delivered ten times, two deliveries racing on two nodes, or a delivery cut by a restart
 * and sent again, all count once. Events may come in any order: a refund before the
 * payment it refunds is recorded as it comes, and the totals are right once both are in.
 */
@Component
public class PaymentEvents {

	private final JdbcClient jdbc;

	private final Gifts gifts;

	private final Monthlies monthlies;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	PaymentEvents(JdbcClient jdbc, Gifts gifts, Monthlies monthlies, TransactionTemplate transactions, Clock clock,
			org.vigie.site.SiteProperties site) {
		this.jdbc = jdbc;
		this.gifts = gifts;
		this.monthlies = monthlies;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = site.timeZone();
	}

	/**
	 * Records an event.
	 * @return whether it changed anything (false: already recorded)
	 * @throws PaymentRefused when it names no gift of ours
	 */
	public boolean record(String provider, PaymentEvent event) {
		try {
			return this.transactions.execute((status) -> apply(provider, event));
		}
		catch (DataIntegrityViolationException ex) {
			// another delivery of the same event committed first; it is recorded
			return false;
		}
	}

	private boolean apply(String provider, PaymentEvent event) {
		boolean seen = this.jdbc.sql("select count(*) from fundraising_provider_event where event_key = ?")
			.param(event.key())
			.query(Long.class)
			.single() > 0;
		if (seen) {
			return false;
		}
		Gift gift = gift(provider, event)
			.orElseThrow(() -> new PaymentRefused("fundraising.payment.problem.unknownGift", "no such gift"));
		this.jdbc.sql("""
				insert into fundraising_provider_event (event_key, provider, kind, gift_id, received_at)
				values (?, ?, ?, ?, ?)""")
			.params(event.key(), provider, event.kind().name(), gift.id(), Timestamp.from(this.clock.instant()))
			.update();
		LocalDate day = LocalDate.ofInstant(event.at(), this.zone);
		String moneyKey = provider + ":" + event.paymentRef() + ":" + event.kind().name().toLowerCase();
		switch (event.kind()) {
			case PAID -> {
				this.gifts.settle(gift.id(), event.amountCents(), event.feeCents(), day, moneyKey,
						EntrySource.PROVIDER);
				if (gift.monthly() && gift.monthlyId() == null) {
					this.monthlies.start(gift, event.subscriptionRef(), this.clock.instant());
				}
			}
			case MONTHLY_PAID -> {
				Gift first = first(gift);
				java.util.UUID monthlyId = monthlyOf(provider, first, event);
				Gift next = this.gifts.nextOfMonthly(first, monthlyId, provider, event.paymentRef(),
						event.amountCents(), this.clock.instant());
				this.gifts.settle(next.id(), event.amountCents(), event.feeCents(), day, moneyKey,
						EntrySource.PROVIDER);
				this.monthlies.paid(monthlyId);
			}
			case FAILED -> this.gifts.fail(gift.id());
			case MONTHLY_FAILED -> {
				Gift first = first(gift);
				this.monthlies.failed(monthlyOf(provider, first, event), this.clock.instant());
			}
			case MONTHLY_STOPPED -> {
				Gift first = first(gift);
				this.monthlies.stop(monthlyOf(provider, first, event), this.clock.instant());
			}
			case REFUNDED -> this.gifts.giveBack(paidGift(provider, event, gift).id(), EntryKind.REFUND,
					event.amountCents(), day, "refund:" + event.key(), EntrySource.PROVIDER);
			case CHARGED_BACK -> this.gifts.giveBack(paidGift(provider, event, gift).id(), EntryKind.CHARGEBACK,
					event.amountCents(), day, "refund:" + event.key(), EntrySource.PROVIDER);
		}
		return true;
	}

	private Optional<Gift> gift(String provider, PaymentEvent event) {
		Optional<Gift> byPayment = this.gifts.byPayment(provider, event.paymentRef());
		if (byPayment.isPresent()) {
			return byPayment;
		}
		return (event.giftId() != null) ? this.gifts.byId(event.giftId()) : Optional.empty();
	}

	/**
	 * The gift a refund is about: the one paid by that payment, else the event's gift.
	 */
	private Gift paidGift(String provider, PaymentEvent event, Gift gift) {
		return this.gifts.byPayment(provider, event.paymentRef()).orElse(gift);
	}

	private Gift first(Gift gift) {
		if (gift.monthlyId() == null) {
			return gift;
		}
		return this.jdbc.sql("select id from fundraising_gift where monthly_id = ? order by created_at")
			.param(gift.monthlyId())
			.query(java.util.UUID.class)
			.list()
			.stream()
			.findFirst()
			.flatMap(this.gifts::byId)
			.orElse(gift);
	}

	private java.util.UUID monthlyOf(String provider, Gift first, PaymentEvent event) {
		if (first.monthlyId() != null) {
			return first.monthlyId();
		}
		if (event.subscriptionRef() != null) {
			Optional<Monthly> known = this.monthlies.bySubscription(provider, event.subscriptionRef());
			if (known.isPresent()) {
				return known.get().id();
			}
		}
		// a later payment reported before the first one: the monthly gift starts now
		return this.monthlies.start(first, event.subscriptionRef(), this.clock.instant());
	}

}
