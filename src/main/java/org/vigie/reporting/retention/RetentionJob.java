package org.vigie.reporting.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that applies the retention periods, once a day by default
 * ({@code vigie.reporting.retention.schedule}). db-scheduler claims each run in the
 * database, so with several nodes it runs on one of them.
 */
@Configuration(proxyBeanMethods = false)
class RetentionJob {

	@Bean
	RecurringTask<Void> reportingRetention(ReportRetention retention, RetentionSettings settings) {
		return Tasks.recurring("reporting-retention", Schedules.parseSchedule(settings.schedule()))
			.execute((instance, context) -> retention.shredDue());
	}

}
