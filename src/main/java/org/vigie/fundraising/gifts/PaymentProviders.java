package org.vigie.fundraising.gifts;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.payments.PaymentProvider;

/**
 * The payment providers configured, if any. Donors are offered the one named by
 * {@code vigie.fundraising.provider}, or the only one configured; with none, they give by
 * bank transfer, which needs no provider.
 */
@Component
public class PaymentProviders {

	private final ObjectProvider<PaymentProvider> providers;

	private final String chosen;

	PaymentProviders(ObjectProvider<PaymentProvider> providers,
			@Value("${vigie.fundraising.provider:}") String chosen) {
		this.providers = providers;
		this.chosen = chosen;
	}

	/** The provider donors pay through, if one is configured. */
	public Optional<PaymentProvider> active() {
		List<PaymentProvider> all = this.providers.orderedStream().toList();
		if (!this.chosen.isBlank()) {
			return all.stream().filter((provider) -> provider.name().equals(this.chosen)).findFirst();
		}
		return (all.size() == 1) ? Optional.of(all.get(0)) : Optional.empty();
	}

	/** A configured provider by its name, for its webhooks and refunds. */
	public Optional<PaymentProvider> named(String name) {
		return this.providers.orderedStream().filter((provider) -> provider.name().equals(name)).findFirst();
	}

}
