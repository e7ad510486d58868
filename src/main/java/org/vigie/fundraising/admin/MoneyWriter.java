package org.vigie.fundraising.admin;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.vigie.fundraising.Money;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

/**
 * Writes amounts on the fundraisers' pages in the fundraiser's language; every page of
 * this package finds it in its model as {@code money}.
 */
final class MoneyWriter {

	private final Language language;

	MoneyWriter(Language language) {
		this.language = language;
	}

	/** {@code € 42,50}, {@code 42,50 €} or {@code €42.50}. */
	public String format(long cents) {
		return Money.format(cents, this.language);
	}

	/** Gives every page of the fundraisers' back-office its {@code money}. */
	@ControllerAdvice(basePackageClasses = MoneyWriter.class)
	static class Advice {

		@ModelAttribute("money")
		MoneyWriter money(@AuthenticationPrincipal StaffIdentity me) {
			return new MoneyWriter((me != null) ? me.language() : Language.FR);
		}

	}

}
