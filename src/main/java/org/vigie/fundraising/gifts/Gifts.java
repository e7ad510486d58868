package org.vigie.fundraising.gifts;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.banking.StructuredCommunication;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.ledger.EntryKind;
import org.vigie.fundraising.ledger.EntrySource;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.ledger.NewEntry;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.site.Language;

/**
 * Gifts: promised at the checkout, settled when the money arrives (a provider's event, a
 * line of the bank statement, a fundraiser's hand), given back by refunds. Settling
 * appends to the ledger under a key that names the movement, so the same movement
 * reported twice settles once; a gift's status always follows from its ledger entries.
 */
@Component
public class Gifts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CampaignStore campaigns;

	private final Donors donors;

	private final Ledger ledger;

	private final ThankYouMail thanks;

	private final FundraisingProperties properties;

	private final java.time.Clock clock;

	private final org.vigie.site.PageCache pages;

	private final JdbcTemplate template;

	Gifts(JdbcClient jdbc, CampaignStore campaigns, Donors donors, Ledger ledger, ThankYouMail thanks,
			FundraisingProperties properties, java.time.Clock clock, org.vigie.site.PageCache pages,
			JdbcTemplate template) {
		this.template = template;
		this.clock = clock;
		this.pages = pages;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.donors = donors;
		this.ledger = ledger;
		this.thanks = thanks;
		this.properties = properties;
	}

	/**
	 * Records a promised gift and its donor. A transfer gets its structured
	 * communication; a payment through a provider is started by the caller once this has
	 * committed.
	 * @throws GiftRefused when the campaign is closed or the amount out of bounds
	 */
	@Transactional
	public Gift promise(GiftRequest request, LocalDate today, Instant now) {
		Campaign campaign = this.campaigns.byId(request.campaignId())
			.orElseThrow(() -> new GiftRefused("fundraising.gift.problem.noCampaign"));
		if (!campaign.isOpenOn(today)) {
			throw new GiftRefused("fundraising.gift.problem.closed");
		}
		if (request.amountCents() < this.properties.minimumCents()
				|| request.amountCents() > this.properties.maximumCents()) {
			throw new GiftRefused("fundraising.gift.problem.amount", this.properties.minimumCents() / 100,
					this.properties.maximumCents() / 100);
		}
		if (request.method() == PaymentMethod.CASH) {
			throw new GiftRefused("fundraising.gift.problem.method");
		}
		UUID donorId = this.donors.record(request.donor(), now);
		UUID id = UUID.randomUUID();
		StructuredCommunication communication = (request.method() == PaymentMethod.TRANSFER) ? freeCommunication()
				: null;
		this.jdbc.sql("""
				insert into fundraising_gift (id, donor_id, campaign_id, page_id, amount_cents, method, communication,
					status, deductible, certificate_wanted, public_name, monthly, language, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, donorId, campaign.id(), request.pageId(), request.amountCents(), request.method().name(),
					(communication != null) ? communication.digits() : null, GiftStatus.PENDING.name(),
					campaign.deductible(), request.certificateWanted() && campaign.deductible(), request.publicName(),
					request.monthly(), request.donor().language().code(), Timestamp.from(now))
			.update();
		return byId(id).orElseThrow();
	}

	/** Notes the provider's payment a gift was started with. */
	@Transactional
	public void startedWith(UUID giftId, String provider, String paymentRef) {
		this.jdbc.sql("update fundraising_gift set provider = ?, payment_ref = ? where id = ?")
			.params(provider, paymentRef, giftId)
			.update();
	}

	public Optional<Gift> byId(UUID id) {
		return this.jdbc.sql("select * from fundraising_gift where id = ?")
			.param(id)
			.query((rs, row) -> gift(rs))
			.optional();
	}

	/** Gifts by their ids, a few queries for many (a bank statement's matches). */
	public Map<UUID, Gift> byIds(Collection<UUID> ids) {
		Map<UUID, Gift> found = new HashMap<>();
		List<UUID> all = List.copyOf(ids);
		for (int start = 0; start < all.size(); start += 1000) {
			this.jdbc.sql("select * from fundraising_gift where id in (:ids)")
				.param("ids", all.subList(start, Math.min(all.size(), start + 1000)))
				.query((rs, row) -> gift(rs))
				.list()
				.forEach((gift) -> found.put(gift.id(), gift));
		}
		return found;
	}

	/** The gift promised with that structured communication. */
	public Optional<Gift> byCommunication(StructuredCommunication communication) {
		return this.jdbc.sql("select * from fundraising_gift where communication = ?")
			.param(communication.digits())
			.query((rs, row) -> gift(rs))
			.optional();
	}

	/** The gift a provider's payment is for. */
	public Optional<Gift> byPayment(String provider, String paymentRef) {
		return this.jdbc.sql("select * from fundraising_gift where provider = ? and payment_ref = ?")
			.params(provider, paymentRef)
			.query((rs, row) -> gift(rs))
			.optional();
	}

	/** A donor's gifts, newest first. */
	public List<Gift> ofDonor(UUID donorId) {
		return this.jdbc.sql("select * from fundraising_gift where donor_id = ? order by created_at desc")
			.param(donorId)
			.query((rs, row) -> gift(rs))
			.list();
	}

	/**
	 * Settles a gift: the money arrived. The first settlement of a gift thanks the donor.
	 * @param key names the movement (the provider's payment, the bank's reference)
	 * @return whether it was recorded now (false: that movement was already recorded)
	 */
	@Transactional
	public boolean settle(UUID giftId, long amountCents, long feeCents, LocalDate bookedOn, String key,
			EntrySource source) {
		Gift gift = byId(giftId).orElseThrow(() -> new GiftRefused("fundraising.gift.problem.unknown"));
		boolean appended = this.ledger.append(new NewEntry(key, EntryKind.GIFT, gift.campaignId(), gift.pageId(),
				gift.id(), gift.donorId(), amountCents, feeCents, gift.deductible(), bookedOn, source, null, null),
				this.clock.instant());
		if (!appended) {
			return false;
		}
		// thanked once per gift, but not every month for a monthly gift
		boolean first = gift.settledOn() == null && !(gift.monthly() && gift.monthlyId() != null);
		this.jdbc.sql("update fundraising_gift set settled_on = coalesce(settled_on, ?) where id = ?")
			.params(Date.valueOf(bookedOn), giftId)
			.update();
		refreshStatus(giftId);
		if (first) {
			this.thanks.send(byId(giftId).orElseThrow(), amountCents);
		}
		return true;
	}

	/**
	 * Marks promised gifts as settled on these days, in batches, once their ledger
	 * entries are appended in the same transaction: the bulk path of a bank statement,
	 * for gifts received for the first time. Their donors are thanked by {@link #thank}.
	 */
	/**
	 * Marks gifts settled in bulk as settled on their day: the statuses of a bank
	 * statement's gifts, brought up to date once the statement is recorded (their money
	 * is in the ledger from the import on).
	 */
	@Transactional
	public void settledFirstTime(Map<UUID, LocalDate> days) {
		List<Map.Entry<UUID, LocalDate>> all = List.copyOf(days.entrySet());
		this.template.batchUpdate(
				"update fundraising_gift set settled_on = coalesce(settled_on, ?), status = ? where id = ?", all, 1000,
				(ps, day) -> {
					ps.setDate(1, Date.valueOf(day.getValue()));
					ps.setString(2, GiftStatus.SETTLED.name());
					ps.setObject(3, day.getKey());
				});
		this.pages.evictTagged("home");
	}

	/**
	 * Thanks a gift's donor for the amount received: for gifts settled in bulk, whose
	 * thank-you is sent after the statement that settled them is recorded.
	 */
	@Transactional
	public void thank(UUID giftId, long amountCents) {
		byId(giftId).ifPresent((gift) -> this.thanks.send(gift, amountCents));
	}

	/**
	 * Records money going back to a donor.
	 * @return whether it was recorded now
	 */
	@Transactional
	public boolean giveBack(UUID giftId, EntryKind kind, long amountCents, LocalDate bookedOn, String key,
			EntrySource source) {
		Gift gift = byId(giftId).orElseThrow(() -> new GiftRefused("fundraising.gift.problem.unknown"));
		boolean appended = this.ledger.append(new NewEntry(key, kind, gift.campaignId(), gift.pageId(), gift.id(),
				gift.donorId(), -amountCents, 0, gift.deductible(), bookedOn, source, null, null),
				this.clock.instant());
		if (appended) {
			refreshStatus(giftId);
		}
		return appended;
	}

	/** Marks a promised gift as failed; a settled one stays settled. */
	@Transactional
	public void fail(UUID giftId) {
		this.jdbc.sql("update fundraising_gift set status = ? where id = ? and status = ?")
			.params(GiftStatus.FAILED.name(), giftId, GiftStatus.PENDING.name())
			.update();
	}

	/**
	 * A new gift made like {@code first}: a later payment of a monthly gift (then
	 * {@code monthlyId} names it), or the same donor giving again; or the gift already
	 * made for that provider's payment.
	 */
	@Transactional
	public Gift nextOfMonthly(Gift first, UUID monthlyId, String provider, String paymentRef, long amountCents,
			Instant now) {
		Optional<Gift> existing = (paymentRef != null) ? byPayment(provider, paymentRef) : Optional.empty();
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into fundraising_gift (id, donor_id, campaign_id, page_id, monthly_id, amount_cents, method,
					provider, payment_ref, status, deductible, certificate_wanted, public_name, monthly, language,
					created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, first.donorId(), first.campaignId(), first.pageId(), monthlyId, amountCents,
					first.method().name(), provider, paymentRef, GiftStatus.PENDING.name(), first.deductible(),
					first.certificateWanted(), first.publicName(), monthlyId != null, first.language().code(),
					Timestamp.from(now))
			.update();
		return byId(id).orElseThrow();
	}

	/** Links a gift to the monthly gift it started. */
	@Transactional
	public void belongsTo(UUID giftId, UUID monthlyId) {
		this.jdbc.sql("update fundraising_gift set monthly_id = ? where id = ?").params(monthlyId, giftId).update();
	}

	private void refreshStatus(UUID giftId) {
		boolean received = this.jdbc.sql("select count(*) from fundraising_ledger where gift_id = ? and kind = 'GIFT'")
			.param(giftId)
			.query(Long.class)
			.single() > 0;
		if (!received) {
			return;
		}
		GiftStatus status = (this.ledger.giftNet(giftId) > 0) ? GiftStatus.SETTLED : GiftStatus.REFUNDED;
		this.jdbc.sql("update fundraising_gift set status = ? where id = ?").params(status.name(), giftId).update();
		// the home page (cached) shows the open campaigns' totals
		this.pages.evictTagged("home");
	}

	private StructuredCommunication freeCommunication() {
		while (true) {
			StructuredCommunication candidate = StructuredCommunication
				.of(1_000_000_000L + RANDOM.nextLong(8_999_999_999L));
			boolean taken = this.jdbc.sql("select count(*) from fundraising_gift where communication = ?")
				.param(candidate.digits())
				.query(Long.class)
				.single() > 0;
			if (!taken) {
				return candidate;
			}
		}
	}

	static Gift gift(ResultSet rs) throws SQLException {
		String communication = rs.getString("communication");
		Date settled = rs.getDate("settled_on");
		return new Gift(rs.getObject("id", UUID.class), rs.getObject("donor_id", UUID.class),
				rs.getObject("campaign_id", UUID.class), rs.getObject("page_id", UUID.class),
				rs.getObject("monthly_id", UUID.class), rs.getLong("amount_cents"),
				PaymentMethod.valueOf(rs.getString("method")),
				(communication != null) ? new StructuredCommunication(communication) : null, rs.getString("provider"),
				rs.getString("payment_ref"), GiftStatus.valueOf(rs.getString("status")), rs.getBoolean("deductible"),
				rs.getBoolean("certificate_wanted"), rs.getBoolean("monthly"), rs.getString("public_name"),
				Language.fromCode(rs.getString("language")).orElse(Language.FR),
				rs.getTimestamp("created_at").toInstant(), (settled != null) ? settled.toLocalDate() : null);
	}

}
