package org.vigie.advocacy.watch;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.site.SiteProperties;

/**
 * Sends the weekly digest on Monday at 07:00, Brussels time, by default
 * ({@code vigie.advocacy.watch.digest-cron}). db-scheduler runs it on one node; the
 * digest's own table makes it go once a week even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class WatchDigestJob {

	@Bean
	RecurringTask<Void> advocacyWatchDigest(WatchDigest digest, Clock clock, SiteProperties site,
			@Value("${vigie.advocacy.watch.digest-cron:0 0 7 * * MON}") String cron) {
		return Tasks.recurring("advocacy-watch-digest", Schedules.cron(cron, site.timeZone()))
			.execute((instance, context) -> digest.send(clock.instant()));
	}

}
