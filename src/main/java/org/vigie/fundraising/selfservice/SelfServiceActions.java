package org.vigie.fundraising.selfservice;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.fundraising.banking.BankingRefused;
import org.vigie.fundraising.banking.NationalRegisterNumber;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.fundraising.gifts.PaymentProviders;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;

/**
 * What a donor changes from their page: a monthly gift's amount, stopping it, the
 * national register number on file, erasing themselves. Each acts only on what is the
 * donor's own; a monthly gift taken by a provider is changed there first, so nothing is
 * recorded here that the provider refused. A standing order lives in the donor's bank:
 * here we only note what to expect.
 */
@Service
class SelfServiceActions {

	/** The provider name of a monthly gift paid by standing order. */
	static final String STANDING_ORDER = "transfer";

	/** Who erased a donor, for the audit trail: the donor, by their own link. */
	static final String ACTOR = "donor-self-service";

	private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,7}(?:[.,][0-9]{1,2})?");

	private final Monthlies monthlies;

	private final PaymentProviders providers;

	private final Donors donors;

	private final SelfServiceLinks links;

	private final FundraisingProperties properties;

	SelfServiceActions(Monthlies monthlies, PaymentProviders providers, Donors donors, SelfServiceLinks links,
			FundraisingProperties properties) {
		this.monthlies = monthlies;
		this.providers = providers;
		this.donors = donors;
		this.links = links;
		this.properties = properties;
	}

	/** Changes the amount of one of the donor's monthly gifts, from the next payment. */
	@Transactional
	public void changeMonthly(UUID donorId, UUID monthlyId, String typed) {
		Monthly monthly = running(donorId, monthlyId);
		long cents = amount(typed);
		if (!STANDING_ORDER.equals(monthly.provider())) {
			try {
				provider(monthly).changeMonthly(monthly.subscriptionRef(), cents);
			}
			catch (PaymentRefused ex) {
				throw new SelfServiceRefused("provider", HttpStatus.BAD_GATEWAY);
			}
		}
		this.monthlies.change(monthly.id(), cents);
	}

	/**
	 * Stops one of the donor's monthly gifts (or stops expecting their standing order).
	 */
	@Transactional
	public void stopMonthly(UUID donorId, UUID monthlyId, Instant now) {
		stop(running(donorId, monthlyId), now);
	}

	/** Replaces the national register number on file. */
	@Transactional
	public void replaceNationalNumber(UUID donorId, String typed) {
		NationalRegisterNumber number;
		try {
			number = NationalRegisterNumber.parse((typed != null && typed.length() <= 40) ? typed : "");
		}
		catch (BankingRefused ex) {
			throw SelfServiceRefused.withKey(ex.code(), HttpStatus.UNPROCESSABLE_ENTITY);
		}
		if (!this.donors.replaceNationalNumber(donorId, number)) {
			throw new SelfServiceRefused("noNumber", HttpStatus.CONFLICT);
		}
	}

	/** Removes the national register number on file: no certificate from now on. */
	@Transactional
	public void withdrawNationalNumber(UUID donorId) {
		if (!this.donors.withdrawNationalNumber(donorId)) {
			throw new SelfServiceRefused("noNumber", HttpStatus.CONFLICT);
		}
	}

	/**
	 * Erases the donor once they confirmed: their monthly gifts stop first (a provider
	 * that cannot be reached leaves everything as it was), then they are anonymised and
	 * their links forgotten.
	 */
	@Transactional
	public void erase(UUID donorId, boolean confirmed, Instant now) {
		if (!confirmed) {
			throw new SelfServiceRefused("confirm", HttpStatus.UNPROCESSABLE_ENTITY);
		}
		for (Monthly monthly : this.monthlies.ofDonor(donorId)) {
			if (monthly.status() != Monthly.Status.STOPPED) {
				stop(monthly, now);
			}
		}
		this.donors.erase(donorId, ACTOR, now);
		this.links.forget(donorId);
	}

	private void stop(Monthly monthly, Instant now) {
		if (!STANDING_ORDER.equals(monthly.provider())) {
			try {
				provider(monthly).stopMonthly(monthly.subscriptionRef());
			}
			catch (PaymentRefused ex) {
				throw new SelfServiceRefused("provider", HttpStatus.BAD_GATEWAY);
			}
		}
		this.monthlies.stop(monthly.id(), now);
	}

	private Monthly running(UUID donorId, UUID monthlyId) {
		return this.monthlies.byId(monthlyId)
			.filter((monthly) -> monthly.donorId().equals(donorId))
			.filter((monthly) -> monthly.status() != Monthly.Status.STOPPED)
			.orElseThrow(() -> new SelfServiceRefused("monthly", HttpStatus.NOT_FOUND));
	}

	private PaymentProvider provider(Monthly monthly) {
		if (monthly.subscriptionRef() == null) {
			throw new SelfServiceRefused("provider", HttpStatus.BAD_GATEWAY);
		}
		return this.providers.named(monthly.provider())
			.orElseThrow(() -> new SelfServiceRefused("provider", HttpStatus.BAD_GATEWAY));
	}

	private long amount(String typed) {
		String value = (typed != null && typed.length() <= 20) ? typed.strip() : "";
		if (!AMOUNT.matcher(value).matches()) {
			throw new SelfServiceRefused("amount", HttpStatus.UNPROCESSABLE_ENTITY);
		}
		String[] parts = value.replace(',', '.').split("\\.");
		long cents = Long.parseLong(parts[0]) * 100;
		if (parts.length > 1) {
			cents += Long.parseLong((parts[1] + "0").substring(0, 2));
		}
		if (cents < this.properties.minimumCents() || cents > this.properties.maximumCents()) {
			throw new SelfServiceRefused("amount", HttpStatus.UNPROCESSABLE_ENTITY);
		}
		return cents;
	}

}
