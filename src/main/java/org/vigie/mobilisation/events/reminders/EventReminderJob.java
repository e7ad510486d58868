package org.vigie.mobilisation.events.reminders;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for reminders due every quarter of an hour by default
 * ({@code vigie.mobilisation.reminders.every}). db-scheduler claims each run in the
 * database, so with several nodes it runs on one of them; the reminders' own table makes
 * each go once even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class EventReminderJob {

	@Bean
	RecurringTask<Void> mobilisationEventReminders(EventReminders reminders, Clock clock,
			@Value("${vigie.mobilisation.reminders.every:PT15M}") Duration every) {
		return Tasks.recurring("mobilisation-event-reminders", Schedules.fixedDelay(every))
			.execute((instance, context) -> reminders.sendDue(clock.instant()));
	}

}
