package org.vigie.site.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the jobs modules declare as db-scheduler {@link Task} beans. Executions are
 * claimed in the {@code scheduled_tasks} table, so with several nodes on one database a
 * job runs once, on one of them. Recurring tasks are registered at start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vigie.jobs.enabled", havingValue = "true", matchIfMissing = true)
class JobScheduling {

	/**
	 * Starts a scheduler with the application and stops it with it. A stopped
	 * db-scheduler cannot start again, so each start builds a new one (test contexts are
	 * paused and resumed).
	 */
	@Bean
	SmartLifecycle jobScheduler(DataSource dataSource, List<Task<?>> tasks,
			@Value("${vigie.jobs.polling-interval:10s}") Duration polling) {
		List<RecurringTask<?>> recurring = tasks.stream()
			.filter(RecurringTask.class::isInstance)
			.<RecurringTask<?>>map(RecurringTask.class::cast)
			.toList();
		List<Task<?>> others = tasks.stream().filter((task) -> !(task instanceof RecurringTask)).toList();
		return new SmartLifecycle() {

			private volatile Scheduler scheduler;

			@Override
			public void start() {
				this.scheduler = Scheduler.create(dataSource, others)
					.startTasks(recurring)
					.threads(2)
					.pollingInterval(polling)
					.shutdownMaxWait(Duration.ofSeconds(5))
					.tableName("scheduled_tasks")
					.build();
				this.scheduler.start();
			}

			@Override
			public void stop() {
				Scheduler running = this.scheduler;
				this.scheduler = null;
				if (running != null) {
					running.stop();
				}
			}

			@Override
			public boolean isRunning() {
				return this.scheduler != null;
			}

		};
	}

}
