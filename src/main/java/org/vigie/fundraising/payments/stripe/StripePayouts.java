package org.vigie.fundraising.payments.stripe;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.stripe.StripeClient;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.HasId;
import com.stripe.model.StripeCollection;
import com.stripe.param.BalanceTransactionListParams;
import com.stripe.param.PayoutListParams;
import org.vigie.fundraising.payments.Payout;

import static org.vigie.fundraising.payments.stripe.StripeCalls.call;

/**
 * Stripe's payouts arriving in a period, each with the balance transactions it settles:
 * their fees added up, their charges named by PaymentIntent. Stripe dates an arrival at
 * midnight UTC of its day.
 */
final class StripePayouts {

	private static final Set<String> GONE = Set.of("failed", "canceled");

	private final StripeClient client;

	StripePayouts(StripeClient client) {
		this.client = client;
	}

	List<Payout> between(LocalDate from, LocalDate to) {
		List<Payout> payouts = new ArrayList<>();
		String after = null;
		do {
			PayoutListParams params = PayoutListParams.builder()
				.setArrivalDate(PayoutListParams.ArrivalDate.builder()
					.setGte(midnight(from))
					.setLt(midnight(to.plusDays(1)))
					.build())
				.setLimit(100L)
				.setStartingAfter(after)
				.build();
			StripeCollection<com.stripe.model.Payout> page = call("payouts",
					() -> this.client.v1().payouts().list(params));
			for (com.stripe.model.Payout payout : page.getData()) {
				if (!GONE.contains(payout.getStatus())) {
					payouts.add(read(payout));
				}
			}
			after = next(page);
		}
		while (after != null);
		return payouts;
	}

	private Payout read(com.stripe.model.Payout payout) {
		long fees = 0;
		List<String> payments = new ArrayList<>();
		String after = null;
		do {
			BalanceTransactionListParams params = BalanceTransactionListParams.builder()
				.setPayout(payout.getId())
				.setLimit(100L)
				.addExpand("data.source")
				.setStartingAfter(after)
				.build();
			StripeCollection<BalanceTransaction> page = call("balance transactions",
					() -> this.client.v1().balanceTransactions().list(params));
			for (BalanceTransaction transaction : page.getData()) {
				if ("payout".equals(transaction.getType())) {
					continue;
				}
				fees += (transaction.getFee() != null) ? transaction.getFee() : 0;
				if (transaction.getSourceObject() instanceof Charge charge) {
					payments.add((charge.getPaymentIntent() != null) ? charge.getPaymentIntent() : charge.getId());
				}
			}
			after = next(page);
		}
		while (after != null);
		LocalDate arrival = LocalDate.ofInstant(Instant.ofEpochSecond(payout.getArrivalDate()), ZoneOffset.UTC);
		return new Payout("stripe", payout.getId(), arrival, payout.getAmount(), fees, payments);
	}

	/** The id to list after, or null when the page was the last. */
	private static <T extends HasId> String next(StripeCollection<T> page) {
		List<T> data = page.getData();
		return (Boolean.TRUE.equals(page.getHasMore()) && !data.isEmpty()) ? data.getLast().getId() : null;
	}

	private static long midnight(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
	}

}
