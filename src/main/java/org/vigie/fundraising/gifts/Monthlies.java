package org.vigie.fundraising.gifts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.payments.PaymentMethod;

/**
 * Monthly gifts. One is created only once its first payment has arrived: nothing is kept
 * at a provider or here for a payment that never succeeds.
 */
@Component
public class Monthlies {

	/** Payments failed in a row after which a monthly gift is stopped. */
	public static final int MAX_FAILURES = 3;

	private final JdbcClient jdbc;

	Monthlies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts a monthly gift from its first, settled gift. */
	@Transactional
	public UUID start(Gift first, String subscriptionRef, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into fundraising_monthly (id, donor_id, campaign_id, amount_cents, method, provider, subscription_ref,
						status, failures, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(id, first.donorId(), first.campaignId(), first.amountCents(), first.method().name(),
					(first.provider() != null) ? first.provider() : "transfer", subscriptionRef,
					Monthly.Status.ACTIVE.name(), Timestamp.from(now))
			.update();
		this.jdbc.sql("update fundraising_gift set monthly_id = ? where id = ?").params(id, first.id()).update();
		return id;
	}

	public Optional<Monthly> byId(UUID id) {
		return this.jdbc.sql("select * from fundraising_monthly where id = ?")
			.param(id)
			.query((rs, row) -> monthly(rs))
			.optional();
	}

	public Optional<Monthly> bySubscription(String provider, String subscriptionRef) {
		return this.jdbc.sql("select * from fundraising_monthly where provider = ? and subscription_ref = ?")
			.params(provider, subscriptionRef)
			.query((rs, row) -> monthly(rs))
			.optional();
	}

	/** A donor's monthly gifts, newest first. */
	public List<Monthly> ofDonor(UUID donorId) {
		return this.jdbc.sql("select * from fundraising_monthly where donor_id = ? order by created_at desc")
			.param(donorId)
			.query((rs, row) -> monthly(rs))
			.list();
	}

	/** Monthly gifts whose last payments failed, for the fundraisers' follow-up. */
	public List<Monthly> failing() {
		return this.jdbc.sql("select * from fundraising_monthly where status = 'FAILING' order by created_at")
			.query((rs, row) -> monthly(rs))
			.list();
	}

	/** A payment arrived: the failures are forgotten. */
	@Transactional
	public void paid(UUID id) {
		this.jdbc
			.sql("update fundraising_monthly set failures = 0, status = 'ACTIVE' where id = ? and status <> 'STOPPED'")
			.param(id)
			.update();
	}

	/**
	 * A payment failed: after {@link #MAX_FAILURES} in a row the monthly gift stops.
	 * @return the monthly gift as it stands now
	 */
	@Transactional
	public Monthly failed(UUID id, Instant now) {
		this.jdbc
			.sql("update fundraising_monthly set failures = failures + 1, status = 'FAILING' where id = ? "
					+ "and status <> 'STOPPED'")
			.param(id)
			.update();
		this.jdbc
			.sql("update fundraising_monthly set status = 'STOPPED', stopped_at = ? where id = ? and failures >= ?")
			.params(Timestamp.from(now), id, MAX_FAILURES)
			.update();
		return byId(id).orElseThrow();
	}

	/** Stops a monthly gift; nothing more is taken. */
	@Transactional
	public void stop(UUID id, Instant now) {
		this.jdbc.sql(
				"update fundraising_monthly set status = 'STOPPED', stopped_at = ? where id = ? and status <> 'STOPPED'")
			.params(Timestamp.from(now), id)
			.update();
	}

	/** Changes the monthly amount from the next payment on. */
	@Transactional
	public void change(UUID id, long amountCents) {
		this.jdbc.sql("update fundraising_monthly set amount_cents = ? where id = ?").params(amountCents, id).update();
	}

	private static Monthly monthly(ResultSet rs) throws SQLException {
		Timestamp stopped = rs.getTimestamp("stopped_at");
		return new Monthly(rs.getObject("id", UUID.class), rs.getObject("donor_id", UUID.class),
				rs.getObject("campaign_id", UUID.class), rs.getLong("amount_cents"),
				PaymentMethod.valueOf(rs.getString("method")), rs.getString("provider"),
				rs.getString("subscription_ref"), Monthly.Status.valueOf(rs.getString("status")), rs.getInt("failures"),
				rs.getTimestamp("created_at").toInstant(), (stopped != null) ? stopped.toInstant() : null);
	}

}
