package org.vigie.fundraising.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.FundraisingAudit;
import org.vigie.fundraising.Money;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.PaymentProviders;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.SiteProperties;

/**
 * Gives money back to donors. A gift paid through a provider is refunded by asking the
 * provider, and the ledger records the refund when the provider's event reports it; a
 * gift paid by transfer was paid back by the fundraiser from the bank, and the refund is
 * recorded at once. Each request carries the key of the form it came from, so the same
 * form sent twice refunds once; the gift's row is locked meanwhile, so two fundraisers
 * can never together give back more than the gift's net.
 */
@Service
class Refunds {

	private final Gifts gifts;

	private final Ledger ledger;

	private final PaymentProviders providers;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final SiteProperties site;

	private final Clock clock;

	Refunds(Gifts gifts, Ledger ledger, PaymentProviders providers, JdbcClient jdbc, AuditTrail audit,
			SiteProperties site, Clock clock) {
		this.gifts = gifts;
		this.ledger = ledger;
		this.providers = providers;
		this.jdbc = jdbc;
		this.audit = audit;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * What a gift can still give back: its net in the ledger less the refunds asked of
	 * the provider whose events have not come back yet.
	 */
	long refundable(Gift gift) {
		long asked = this.jdbc
			.sql("select coalesce(sum(amount_cents), 0) from fundraising_refund_request where gift_id = ? "
					+ "and outcome = 'ASKED'")
			.param(gift.id())
			.query(Long.class)
			.single();
		long arrived = -this.jdbc
			.sql("select coalesce(sum(amount_cents), 0) from fundraising_ledger where gift_id = ? and kind = 'REFUND' "
					+ "and source = 'PROVIDER'")
			.param(gift.id())
			.query(Long.class)
			.single();
		return Math.max(0, this.ledger.giftNet(gift.id()) - Math.max(0, asked - arrived));
	}

	/**
	 * Refunds part or all of a gift.
	 * @param typed the amount as typed, in euros
	 * @param formKey the form's key, a UUID
	 * @throws AdminRefused when the amount is no amount, not positive, or more than the
	 * gift has left, or the form or provider is unknown; nothing is changed then
	 */
	@Transactional
	Outcome refund(UUID giftId, String typed, String formKey, StaffIdentity me) {
		CampaignEditing.allowed(me);
		UUID key = AdminPaths.id(formKey).orElseThrow(() -> new AdminRefused("fundraising.admin.problem.formKey"));
		OptionalLong cents = Euros.cents(typed);
		if (cents.isEmpty() || cents.getAsLong() <= 0) {
			throw new AdminRefused("fundraising.admin.problem.amount");
		}
		this.jdbc.sql("select id from fundraising_gift where id = ? for update").param(giftId).query(UUID.class).list();
		Gift gift = this.gifts.byId(giftId).orElseThrow(() -> new AdminRefused("fundraising.admin.problem.noGift"));
		String ledgerKey = "staff:refund:" + key;
		if (this.ledger.contains(ledgerKey) || requested(key.toString())) {
			return Outcome.ALREADY;
		}
		long left = refundable(gift);
		if (cents.getAsLong() > left) {
			throw new AdminRefused("fundraising.admin.problem.overRefund", Money.format(left, me.language()));
		}
		if (gift.provider() != null && gift.paymentRef() != null) {
			return askProvider(gift, cents.getAsLong(), key.toString(), me);
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
		this.gifts.giveBack(gift.id(), EntryKind.REFUND, cents.getAsLong(), today, ledgerKey, EntrySource.STAFF);
		this.audit.record(FundraisingAudit.REFUNDED, me.email(), "gift:" + gift.id(), "paid back by the bank");
		return Outcome.RECORDED;
	}

	private Outcome askProvider(Gift gift, long cents, String key, StaffIdentity me) {
		PaymentProvider provider = this.providers.named(gift.provider())
			.orElseThrow(() -> new AdminRefused("fundraising.admin.problem.noProvider", gift.provider()));
		this.jdbc
			.sql("""
					insert into fundraising_refund_request (request_key, gift_id, provider, amount_cents, outcome, requested_at)
					values (?, ?, ?, ?, 'ASKED', ?)""")
			.params(key, gift.id(), provider.name(), cents, Timestamp.from(this.clock.instant()))
			.update();
		try {
			provider.refund(gift.paymentRef(), cents);
		}
		catch (PaymentRefused ex) {
			this.jdbc.sql("update fundraising_refund_request set outcome = 'REFUSED' where request_key = ?")
				.param(key)
				.update();
			this.audit.record(FundraisingAudit.REFUNDED, me.email(), "gift:" + gift.id(), "refused by the provider");
			return Outcome.PROVIDER_REFUSED;
		}
		this.audit.record(FundraisingAudit.REFUNDED, me.email(), "gift:" + gift.id(), "asked of the provider");
		return Outcome.ASKED;
	}

	private boolean requested(String key) {
		return this.jdbc.sql("select count(*) from fundraising_refund_request where request_key = ?")
			.param(key)
			.query(Long.class)
			.single() > 0;
	}

	/** What became of a refund. */
	enum Outcome {

		/** Recorded in the ledger (a transfer paid back). */
		RECORDED,

		/** Asked of the provider; the ledger records it when its event comes. */
		ASKED,

		/** The provider refused; nothing was given back. */
		PROVIDER_REFUSED,

		/** That form was already sent: nothing more was done. */
		ALREADY;

		/** The confirmation word for the page after it. */
		String done() {
			return switch (this) {
				case RECORDED -> "refunded";
				case ASKED -> "refundAsked";
				case PROVIDER_REFUSED -> "providerRefused";
				case ALREADY -> "already";
			};
		}

	}

}
