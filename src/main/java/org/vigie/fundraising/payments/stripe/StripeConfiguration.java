package org.vigie.fundraising.payments.stripe;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the Stripe adapter only when a secret key is configured: with none, no bean
 * exists and the embedded default (bank transfer) stays alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "vigie.fundraising.stripe", name = "secret-key")
@EnableConfigurationProperties(StripeSettings.class)
class StripeConfiguration {

	@Bean
	StripeProvider stripeProvider(StripeSettings settings, ObjectProvider<Clock> clock) {
		return new StripeProvider(settings, clock.getIfAvailable(Clock::systemUTC));
	}

}
