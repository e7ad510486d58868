package org.vigie.fundraising.certificates.issuing;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The email telling a donor, in their language, that their certificate (or its corrected
 * version) is ready on their self-service page. It carries no attachment and no amount:
 * the certificate holds a national register number, and stays behind the donor's link. It
 * goes through the outbox in the run's transaction, so a run rolled back writes to
 * nobody.
 */
@Component
class CertificateMail {

	private final Mailer mailer;

	private final MessageSource messages;

	private final Donors donors;

	private final SiteProperties site;

	CertificateMail(Mailer mailer, MessageSource messages, Donors donors, SiteProperties site) {
		this.mailer = mailer;
		this.messages = messages;
		this.donors = donors;
		this.site = site;
	}

	/**
	 * Writes to the donor, when they still have an email address.
	 * @param corrected whether it is a corrected version
	 */
	void ready(UUID donorId, String firstName, Language language, int year, int number, boolean corrected) {
		String to = this.donors.email(donorId).orElse(null);
		if (to == null) {
			return;
		}
		String link = this.site.absolute(SupportPaths.mine(language));
		String kind = corrected ? "corrected" : "ready";
		String text = text("fundraising.issuing.mail.greeting", language, firstName) + "\n\n"
				+ text("fundraising.issuing.mail." + kind, language, String.valueOf(year), String.valueOf(number))
				+ "\n\n" + text("fundraising.issuing.mail.where", language, link) + "\n\n"
				+ text("fundraising.issuing.mail.signature", language, this.site.name());
		this.mailer.send(new Email(to,
				text("fundraising.issuing.mail.subject." + kind, language, String.valueOf(year), this.site.name()),
				text));
	}

	private String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

}
