package org.vigie.learning.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.vigie.learning.study.Study;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that sends card reminders, at the start of every hour in the site's zone.
 * db-scheduler claims each run in the database, so with several nodes it runs on one of
 * them; the learners' claims in {@link DueReminders} make a repeated run harmless too.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

	@Bean
	RecurringTask<Void> learningReminders(DueReminders reminders, Study study) {
		return Tasks.recurring("learning-reminders", Schedules.cron("0 0 * * * *", study.zone()))
			.execute((instance, context) -> reminders.sendDue());
	}

}
