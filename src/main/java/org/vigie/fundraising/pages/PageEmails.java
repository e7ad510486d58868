package org.vigie.fundraising.pages;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.notifications.Email;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The emails a page's owner gets, in their language: the link that publishes a page just
 * created, and the links that edit their pages. Neither holds anything but the page's
 * name, the campaign and the links.
 */
@Component
class PageEmails {

	private final MessageSource messages;

	private final SiteProperties site;

	PageEmails(MessageSource messages, SiteProperties site) {
		this.messages = messages;
		this.site = site;
	}

	/** The email that publishes a page. */
	Email publish(String to, Campaign campaign, RunnerPage page, String token) {
		Language language = page.language();
		String link = this.site.absolute(PagePaths.publish(language, campaign) + "?t=" + token);
		return new Email(to, text("fundraising.pages.mail.publish.subject", language, page.name()),
				text("fundraising.pages.mail.publish.text", language, page.name(), campaign.text(language).title(),
						link, PageLinks.VALIDITY.toHours(),
						this.site.absolute(PagePaths.page(language, campaign, page.slug())), this.site.name()));
	}

	/** The email with a link to edit each of the owner's pages under a campaign. */
	Email edit(String to, Language language, Campaign campaign, List<Issued> links) {
		StringBuilder lines = new StringBuilder();
		for (Issued issued : links) {
			lines.append(issued.page().name())
				.append('\n')
				.append(this.site.absolute(PagePaths.edit(language, campaign) + "?t=" + issued.token()))
				.append("\n\n");
		}
		return new Email(to, text("fundraising.pages.mail.edit.subject", language, campaign.text(language).title()),
				text("fundraising.pages.mail.edit.text", language, campaign.text(language).title(),
						lines.toString().strip(), PageLinks.VALIDITY.toHours(), this.site.name()));
	}

	private String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

	/**
	 * A link issued for a page.
	 *
	 * @param page the page
	 * @param token the link's token
	 */
	record Issued(RunnerPage page, String token) {

	}

}
