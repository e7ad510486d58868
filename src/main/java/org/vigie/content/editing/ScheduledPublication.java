package org.vigie.content.editing;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that records scheduled posts and pages as published once their moment has come.
 * It runs on one node at a time, every {@code vigie.content.publication-check} (30
 * seconds by default). Readers do not wait for it: the public site shows an item from its
 * publication moment on.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledPublication {

	@Bean
	RecurringTask<Void> contentPublication(ContentEditor editor,
			@Value("${vigie.content.publication-check:30s}") Duration every) {
		return Tasks.recurring("content-publication", FixedDelay.of(every))
			.execute((instance, context) -> editor.publishDue());
	}

}
