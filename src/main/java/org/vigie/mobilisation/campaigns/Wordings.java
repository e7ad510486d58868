package org.vigie.mobilisation.campaigns;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.consent.Purpose;
import org.vigie.site.Language;

/**
 * The sentences a person agrees to when joining a campaign, one per purpose, in their
 * language and naming the campaign: the form shows exactly these, and the consent ledger
 * keeps exactly these.
 */
@Component("mobilisation.campaigns.Wordings")
public class Wordings {

	private final MessageSource messages;

	Wordings(MessageSource messages) {
		this.messages = messages;
	}

	/** The sentence shown for a purpose. */
	public String of(Purpose purpose, Campaign campaign, Language language) {
		return this.messages.getMessage("mobilisation.campaigns.consent." + purpose.name(),
				new Object[] { campaign.text(language).title() }, language.locale());
	}

}
