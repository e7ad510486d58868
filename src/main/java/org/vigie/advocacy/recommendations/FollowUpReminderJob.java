package org.vigie.advocacy.recommendations;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.site.SiteProperties;

/**
 * Looks for recommendations whose follow-up date has come, every morning at seven in the
 * site's time zone by default ({@code vigie.advocacy.recommendations.reminder-cron}).
 * db-scheduler claims each run in the database, so with several nodes it runs on one of
 * them; the reminders table makes each reminder go once even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpReminderJob {

	@Bean
	RecurringTask<Void> advocacyRecommendationReminders(FollowUpReminders reminders, SiteProperties site,
			@Value("${vigie.advocacy.recommendations.reminder-cron:0 0 7 * * *}") String cron) {
		return Tasks.recurring("advocacy-recommendation-reminders", Schedules.cron(cron, site.timeZone()))
			.execute((instance, context) -> reminders.sendDue());
	}

}
