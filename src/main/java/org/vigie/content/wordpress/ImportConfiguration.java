package org.vigie.content.wordpress;

import java.util.concurrent.Executor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Imports run on virtual threads, in the background of the request that started them.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "importExecutor")
	Executor importExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("wordpress-import-");
		executor.setVirtualThreads(true);
		return executor;
	}

}
