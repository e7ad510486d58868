package org.vigie.mobilisation.events;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Moves waiting lists on by themselves: every few minutes (by default,
 * {@code vigie.mobilisation.events.waiting-list-schedule}) the offers left unanswered
 * past their time end and their places are offered to the next people waiting, and the
 * registrations of events over for more than {@link EventsRetention#KEPT_MONTHS} months
 * are erased. db-scheduler runs it on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
class WaitingListJob {

	@Bean
	RecurringTask<Void> mobilisationEventsWaitingList(Registrations registrations, EventsRetention retention,
			Clock clock,
			@Value("${vigie.mobilisation.events.waiting-list-schedule:FIXED_DELAY|300s}") String schedule) {
		return Tasks.recurring("mobilisation-events-waiting-list", Schedules.parseSchedule(schedule))
			.execute((instance, context) -> {
				registrations.expireOffers(clock.instant());
				retention.forgetPast(clock.instant());
			});
	}

}
