package org.vigie.advocacy.watch.sources;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks the watched addresses every six hours by default
 * ({@code vigie.advocacy.watch.check-every}). db-scheduler claims each run in the
 * database, so with several nodes one of them checks; the checks' own conditional writes
 * keep each change reported once even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class SourceCheckJob {

	@Bean
	RecurringTask<Void> advocacyWatchSources(SourceChecks checks,
			@Value("${vigie.advocacy.watch.check-every:PT6H}") Duration every) {
		return Tasks.recurring("advocacy-watch-sources", Schedules.fixedDelay(every))
			.execute((instance, context) -> checks.checkAll());
	}

}
