package org.vigie.fundraising.certificates.issuing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.certificates.CertificateRefused;
import org.vigie.fundraising.certificates.Declarant;
import org.vigie.fundraising.certificates.EnterpriseNumber;
import org.vigie.fundraising.certificates.Language;
import org.vigie.fundraising.certificates.PostalAddress;

/**
 * The institution as configured, checked each time it is asked for: a missing or invalid
 * setting never stops the application, it makes the certificates page say what to
 * configure and keeps the run and the Belcotax file from starting.
 */
@Component
class Declarants {

	private final DeclarantSettings settings;

	Declarants(DeclarantSettings settings, @Value("${vigie.demo.enabled:true}") boolean demo) {
		this.settings = demo ? settings.orElse(DeclarantSettings.DEMO) : settings;
	}

	/** The institution, or why it cannot be used. */
	Configured current() {
		DeclarantSettings s = this.settings;
		try {
			Language language = (s.language() != null && s.language().strip().equalsIgnoreCase("nl")) ? Language.NL
					: (s.language() != null && s.language().strip().equalsIgnoreCase("fr")) ? Language.FR : Language.EN;
			EnterpriseNumber number = (s.enterpriseNumber() != null && !s.enterpriseNumber().isBlank())
					? EnterpriseNumber.parse(s.enterpriseNumber()) : null;
			Declarant declarant = new Declarant(s.name(), number,
					new PostalAddress(s.street(), s.postcode(), s.city(), "BE"), s.contactName(), s.phone(), s.email(),
					language);
			return new Configured(declarant, null);
		}
		catch (CertificateRefused refused) {
			return new Configured(null, refused);
		}
	}

	/**
	 * The configured institution, or the reason it cannot be used.
	 *
	 * @param declarant the institution, or {@code null}
	 * @param problem why it is refused, or {@code null}
	 */
	record Configured(Declarant declarant, CertificateRefused problem) {

		boolean usable() {
			return this.declarant != null;
		}

	}

}
