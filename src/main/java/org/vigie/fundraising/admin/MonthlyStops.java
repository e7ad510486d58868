package org.vigie.fundraising.admin;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.fundraising.gifts.PaymentProviders;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.identity.StaffIdentity;

/**
 * Stops a monthly gift for a fundraiser: first at the provider that takes it, when it has
 * one, so that no further payment is taken; then here. A standing order is the donor's
 * own bank's: it is stopped here, and the donor is asked to cancel it at their bank.
 */
@Service
class MonthlyStops {

	/** What a monthly gift taken by the donor's own bank names as its provider. */
	static final String STANDING_ORDER = "transfer";

	private final Monthlies monthlies;

	private final PaymentProviders providers;

	private final Clock clock;

	MonthlyStops(Monthlies monthlies, PaymentProviders providers, Clock clock) {
		this.monthlies = monthlies;
		this.providers = providers;
		this.clock = clock;
	}

	/**
	 * Stops it.
	 * @throws AdminRefused when its provider is not configured here or refuses; it then
	 * keeps running
	 */
	void stop(Monthly monthly, StaffIdentity me) {
		CampaignEditing.allowed(me);
		if (monthly.status() == Monthly.Status.STOPPED) {
			return;
		}
		if (!STANDING_ORDER.equals(monthly.provider()) && monthly.subscriptionRef() != null) {
			PaymentProvider provider = this.providers.named(monthly.provider())
				.orElseThrow(() -> new AdminRefused("fundraising.admin.problem.noProvider", monthly.provider()));
			try {
				provider.stopMonthly(monthly.subscriptionRef());
			}
			catch (PaymentRefused ex) {
				throw new AdminRefused("fundraising.admin.problem.providerStop");
			}
		}
		this.monthlies.stop(monthly.id(), this.clock.instant());
	}

}
