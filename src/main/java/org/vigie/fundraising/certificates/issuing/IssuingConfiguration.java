package org.vigie.fundraising.certificates.issuing;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The institution's settings, and the job that runs the January certificates: a
 * db-scheduler one-time task (run by the application's scheduler, see
 * {@code org.vigie.site.jobs}) and a client to schedule it, on the same
 * {@code scheduled_tasks} table.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeclarantSettings.class)
class IssuingConfiguration {

	static final String TASK = "fundraising-certificate-run";

	@Bean
	OneTimeTask<Void> fundraisingCertificateRun(ObjectProvider<CertificateRuns> runs) {
		return Tasks.oneTime(TASK)
			.execute((instance, context) -> runs.getObject().execute(UUID.fromString(instance.getId())));
	}

	@Bean
	SchedulerClient fundraisingCertificateScheduler(DataSource dataSource,
			OneTimeTask<Void> fundraisingCertificateRun) {
		return SchedulerClient.Builder.create(dataSource, List.<Task<?>>of(fundraisingCertificateRun))
			.tableName("scheduled_tasks")
			.build();
	}

}
