package org.vigie.learning.organisations;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.vigie.learning.learners.Learners;
import org.vigie.notifications.Email;
import org.vigie.notifications.Mailer;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary each organisation's contact address receives at the start of a month, in
 * the manager's language: how many members, and per assigned deck how many started and
 * mastered it, with a link to the dashboard. It names no member and holds no answer. Each
 * organisation notes the month it was summarised for, so a second run in the same month
 * (another node, a restart) sends nothing more.
 */
@Component
class MonthlySummary {

	private final Organisations organisations;

	private final Standings standings;

	private final Learners learners;

	private final Mailer mailer;

	private final MessageSource messages;

	private final SiteProperties site;

	private final TransactionTemplate transactions;

	MonthlySummary(Organisations organisations, Standings standings, Learners learners, Mailer mailer,
			MessageSource messages, SiteProperties site, TransactionTemplate transactions) {
		this.organisations = organisations;
		this.standings = standings;
		this.learners = learners;
		this.mailer = mailer;
		this.messages = messages;
		this.site = site;
		this.transactions = transactions;
	}

	/**
	 * Sends the summaries not yet sent for the month {@code now} falls in.
	 * @return how many were sent
	 */
	int sendDue(Instant now, java.time.ZoneId zone) {
		YearMonth month = YearMonth.from(now.atZone(zone));
		int sent = 0;
		for (Organisation organisation : this.organisations.summaryDue(month)) {
			Boolean done = this.transactions.execute((status) -> send(organisation, month, now));
			sent += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return sent;
	}

	private boolean send(Organisation organisation, YearMonth month, Instant now) {
		if (!this.organisations.summarised(organisation.id(), month)) {
			return false;
		}
		String to = this.organisations.contact(organisation.id()).orElse(null);
		if (to == null) {
			return false;
		}
		Language language = this.learners.language(organisation.managerId()).orElse(Language.EN);
		Standings.Table table = this.standings.table(organisation.id(), now);
		YearMonth past = month.minusMonths(1);
		String period = past.format(DateTimeFormatter.ofPattern("MMMM yyyy", language.locale()));
		StringBuilder body = new StringBuilder();
		body.append(text("intro", language, organisation.name(), period)).append("\n\n");
		body.append(text("members", language, table.lines().size())).append("\n\n");
		if (table.totals().isEmpty()) {
			body.append(text("noDecks", language)).append("\n");
		}
		for (Standings.Total total : table.totals()) {
			body.append("- ")
				.append(total.deck().text(language).title())
				.append(": ")
				.append(text("deck", language, total.started(), total.mastered(), total.members()))
				.append("\n");
		}
		body.append("\n")
			.append(text("link", language))
			.append("\n")
			.append(this.site.absolute(OrganisationPaths.organisation(language, organisation.id())))
			.append("\n\n")
			.append(text("why", language))
			.append("\n");
		this.mailer.send(new Email(to, text("subject", language, organisation.name(), period), body.toString()));
		return true;
	}

	private String text(String key, Language language, Object... arguments) {
		return this.messages.getMessage("learning.organisations.summary." + key, arguments, language.locale());
	}

}
