package org.vigie.mobilisation.newsletter.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.vigie.mobilisation.newsletter.NewsletterPaths;
import org.vigie.mobilisation.newsletter.NewsletterText;
import org.vigie.mobilisation.newsletter.Topics;
import org.vigie.site.FooterContributor;
import org.vigie.site.Language;

/**
 * The sign-up form in the footer of every public page. The footer is the same HTML for
 * every visitor (rendered once per language and kept with cached pages), so the form
 * carries no token: its posts are checked by origin, the hidden field, the limits per
 * connection and network, and the daily share of confirmation emails per address.
 */
@Component
class NewsletterFooter implements FooterContributor {

	private final NewsletterText text;

	NewsletterFooter(NewsletterText text) {
		this.text = text;
	}

	@Override
	public Part footer(Language language) {
		return new Part("mobilisation/newsletter/footer", "footer", Map.of("action", NewsletterPaths.signup(language),
				"wording", this.text.consentWording(language), "topicNames", Topics.NAMES));
	}

	@Override
	public int footerOrder() {
		return 10;
	}

}
