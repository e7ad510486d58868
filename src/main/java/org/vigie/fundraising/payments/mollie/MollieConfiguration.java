package org.vigie.fundraising.payments.mollie;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates the Mollie adapter only when an API key is configured: with none, no bean
 * exists and the embedded default (bank transfer) stays alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "vigie.fundraising.mollie", name = "api-key")
@EnableConfigurationProperties(MollieSettings.class)
class MollieConfiguration {

	@Bean
	MollieProvider mollieProvider(MollieSettings settings) {
		return new MollieProvider(settings);
	}

}
