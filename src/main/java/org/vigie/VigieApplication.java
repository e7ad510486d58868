package org.vigie;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Vigie: the website and tools of a child-protection NGO, as one modular application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VigieApplication {

	public static void main(String[] args) {
		SpringApplication.run(VigieApplication.class, args);
	}

	/** The time every module reads, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
