package org.vigie.fundraising.gifts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.Money;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The thank-you email a donor gets when their gift arrives, in the language they gave in:
 * the amount, the campaign, whether a tax certificate will follow, and where to see their
 * gifts. It goes through the outbox in the transaction that settles the gift, so a gift
 * recorded twice thanks once and a rolled-back one thanks nobody.
 */
@Component
class ThankYouMail {

	private final Mailer mailer;

	private final MessageSource messages;

	private final Donors donors;

	private final CampaignStore campaigns;

	private final SiteProperties site;

	ThankYouMail(Mailer mailer, MessageSource messages, Donors donors, CampaignStore campaigns, SiteProperties site) {
		this.mailer = mailer;
		this.messages = messages;
		this.donors = donors;
		this.campaigns = campaigns;
		this.site = site;
	}

	void send(Gift gift, long amountCents) {
		String to = this.donors.email(gift.donorId()).orElse(null);
		Campaign campaign = this.campaigns.byId(gift.campaignId()).orElse(null);
		if (to == null || campaign == null) {
			return;
		}
		Language language = gift.language();
		String name = this.donors.byId(gift.donorId()).map((donor) -> donor.firstName()).orElse("");
		StringBuilder text = new StringBuilder();
		text.append(text("fundraising.mail.thanks.greeting", language, name)).append("\n\n");
		text.append(text(gift.monthly() ? "fundraising.mail.thanks.monthly" : "fundraising.mail.thanks.once", language,
				Money.format(amountCents, language), campaign.text(language).title()))
			.append("\n\n");
		if (gift.certificateWanted()) {
			text.append(text("fundraising.mail.thanks.certificate", language)).append("\n\n");
		}
		text.append(text("fundraising.mail.thanks.campaign", language,
				this.site.absolute(SupportPaths.campaign(language, campaign))))
			.append("\n\n");
		text.append(text("fundraising.mail.thanks.mine", language, this.site.absolute(SupportPaths.mine(language))))
			.append("\n\n");
		text.append(text("fundraising.mail.thanks.signature", language, this.site.name()));
		this.mailer
			.send(new Email(to, text("fundraising.mail.thanks.subject", language, this.site.name()), text.toString()));
	}

	private String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

}
