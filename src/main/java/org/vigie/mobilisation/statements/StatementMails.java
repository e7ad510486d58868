package org.vigie.mobilisation.statements;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.notifications.Email;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The emails statements send: the link confirming a signature, and the news that a
 * signature is on the public list with the link to withdraw it. Each carries the person's
 * privacy link.
 */
@Component("mobilisationStatementsStatementMails")
class StatementMails {

	private final MessageSource messages;

	private final PrivacyLinks privacy;

	private final WithdrawalLinks withdrawals;

	private final SiteProperties site;

	StatementMails(MessageSource messages, PrivacyLinks privacy, WithdrawalLinks withdrawals, SiteProperties site) {
		this.messages = messages;
		this.privacy = privacy;
		this.withdrawals = withdrawals;
		this.site = site;
	}

	Email confirmation(String to, Statement statement, String organisation, boolean atDomain, String link,
			Language language, UUID personId) {
		String title = statement.text(language).title();
		String body = text("mobilisation.statements.mail.confirm.body", language, organisation, title) + "\n\n" + link
				+ "\n\n" + text(atDomain ? "mobilisation.statements.mail.confirm.domain"
						: "mobilisation.statements.mail.confirm.review", language)
				+ footer(language, personId);
		return new Email(to, text("mobilisation.statements.mail.confirm.subject", language, title), body);
	}

	Email listed(String to, Statement statement, String organisation, UUID signatureId, Language language,
			UUID personId) {
		String title = statement.text(language).title();
		String link = this.site
			.absolute(StatementPaths.withdraw(language, statement, this.withdrawals.key(signatureId)));
		String body = text("mobilisation.statements.mail.listed.body", language, organisation, title) + "\n\n"
				+ this.site.absolute(StatementPaths.statement(language, statement)) + "\n\n"
				+ text("mobilisation.statements.mail.listed.withdraw", language) + "\n" + link
				+ footer(language, personId);
		return new Email(to, text("mobilisation.statements.mail.listed.subject", language, title), body);
	}

	private String footer(Language language, UUID personId) {
		return "\n\n-- \n" + text("mobilisation.statements.mail.privacy", language) + "\n"
				+ this.privacy.link(language, personId);
	}

	private String text(String key, Language language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

}
