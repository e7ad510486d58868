package org.vigie.mobilisation.newsletter;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.site.Language;

/**
 * The newsletter's words in a language: the consent wording shown next to the forms'
 * button (recorded as is in the consent ledger), topic names, and the texts of its
 * emails.
 */
@Component
public class NewsletterText {

	private final MessageSource messages;

	NewsletterText(MessageSource messages) {
		this.messages = messages;
	}

	/** The exact sentence shown next to the sign-up button, which the ledger keeps. */
	public String consentWording(Language language) {
		return text("mobilisation.newsletter.consent", language);
	}

	/** The exact sentence on the unsubscribe button's page, which the ledger keeps. */
	public String withdrawalWording(Language language) {
		return text("mobilisation.newsletter.unsubscribe.wording", language);
	}

	/** The names of the topics, such as "news, events". */
	public String topics(Topics topics, Language language) {
		List<String> names = topics.names();
		return names.stream()
			.map((name) -> text("mobilisation.newsletter.topic." + name, language))
			.collect(Collectors.joining(", "));
	}

	/** A message of the newsletter's bundle. */
	public String text(String code, Language language, Object... arguments) {
		return this.messages.getMessage(code, arguments, language.locale());
	}

}
