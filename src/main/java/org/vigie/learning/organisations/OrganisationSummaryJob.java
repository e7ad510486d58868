package org.vigie.learning.organisations;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.vigie.learning.study.Study;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that sends the organisations' monthly summaries, on the 1st of each month at
 * 06:00 in the site's zone by default ({@code vigie.learning.organisations.summary-cron},
 * a Spring cron expression). db-scheduler claims each run in the database, so with
 * several nodes it runs on one of them; the summaries themselves are sent once per month
 * whatever runs them.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationSummaryJob {

	@Bean
	RecurringTask<Void> learningOrganisationSummaries(MonthlySummary summary, Study study, Clock clock,
			@Value("${vigie.learning.organisations.summary-cron:0 0 6 1 * *}") String cron) {
		return Tasks.recurring("learning-organisation-summaries", Schedules.cron(cron, study.zone()))
			.execute((instance, context) -> summary.sendDue(clock.instant(), study.zone()));
	}

}
