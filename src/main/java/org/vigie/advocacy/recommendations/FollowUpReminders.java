package org.vigie.advocacy.recommendations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vigie.advocacy.AdvocacyPermissions;
import org.vigie.identity.StaffMail;
import org.vigie.site.SiteProperties;

/**
 * Tells the advocacy team when a recommendation's follow-up date has come while it is
 * still open: one email per recommendation and date. Each is remembered in the reminders
 * table in the same transaction as the email is queued, and that table's unique
 * constraint lets only one node send it when two run at once; a later run skips it.
 * Moving the follow-up date gives a new reminder on the new date.
 */
@Service
public class FollowUpReminders {

	private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

	private final RecommendationStore recommendations;

	private final JdbcClient jdbc;

	private final StaffMail mail;

	private final MessageSource messages;

	private final SiteProperties site;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FollowUpReminders(RecommendationStore recommendations, JdbcClient jdbc, StaffMail mail, MessageSource messages,
			SiteProperties site, TransactionTemplate transactions, Clock clock) {
		this.recommendations = recommendations;
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.site = site;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends the reminders due today that were not sent yet.
	 * @return the recommendations reminded in this run
	 */
	public List<UUID> sendDue() {
		LocalDate today = this.recommendations.today();
		List<UUID> sent = new ArrayList<>();
		for (Recommendation overdue : this.recommendations.overdue(today)) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> remind(overdue)))) {
					sent.add(overdue.id());
				}
			}
			catch (DataIntegrityViolationException ex) {
				// Another node sent this one at the same moment.
				log.debug("Follow-up reminder {} already sent by another node", overdue.code());
			}
		}
		if (!sent.isEmpty()) {
			log.info("Sent {} recommendation follow-up reminders", sent.size());
		}
		return sent;
	}

	private boolean remind(Recommendation overdue) {
		int claimed = this.jdbc.sql("""
				insert into advocacy_recommendations_reminder (recommendation_id, due_on, sent_at)
				select ?, ?, ? from (values (1)) one where not exists (select 1 from advocacy_recommendations_reminder
				where recommendation_id = ? and due_on = ?)""")
			.params(overdue.id(), overdue.followUpOn(), Timestamp.from(this.clock.instant()), overdue.id(),
					overdue.followUpOn())
			.update();
		if (claimed == 0) {
			return false;
		}
		String address = this.site.absolute("/admin/advocacy/recommendations/" + overdue.id());
		this.mail.toHolders(AdvocacyPermissions.ADVOCATE,
				(language) -> new StaffMail.Letter(
						this.messages.getMessage("advocacy.recommendations.reminder.subject",
								new Object[] { overdue.code() }, language.locale()),
						this.messages.getMessage("advocacy.recommendations.reminder.text",
								new Object[] { overdue.code(), overdue.text(language), overdue.followUpOn().toString(),
										this.messages.getMessage(
												"advocacy.recommendations.stage." + overdue.stage().name(), null,
												language.locale()),
										address },
								language.locale())));
		return true;
	}

}
