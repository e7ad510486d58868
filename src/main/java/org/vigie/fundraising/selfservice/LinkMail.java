package org.vigie.fundraising.selfservice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.notifications.Email;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The email that carries a donor's link, in the donor's language: what it opens, that it
 * works once within the hour, and that it can be ignored by someone who did not ask.
 */
@Component
class LinkMail {

	private final MessageSource messages;

	private final SiteProperties site;

	LinkMail(MessageSource messages, SiteProperties site) {
		this.messages = messages;
		this.site = site;
	}

	Email link(String to, Donor donor, String token) {
		Language language = donor.language();
		String address = this.site.absolute(SupportPaths.mine(language) + "?t=" + token);
		String text = text("fundraising.selfservice.mail.greeting", language, donor.firstName()) + "\n\n"
				+ text("fundraising.selfservice.mail.lead", language) + "\n\n" + address + "\n\n"
				+ text("fundraising.selfservice.mail.once", language) + "\n\n"
				+ text("fundraising.selfservice.mail.notYou", language) + "\n\n"
				+ text("fundraising.selfservice.mail.signature", language, this.site.name());
		return new Email(to, text("fundraising.selfservice.mail.subject", language, this.site.name()), text);
	}

	private String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

}
