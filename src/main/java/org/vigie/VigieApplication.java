package org.vigie;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Vigie: the website and tools of a child-protection NGO, as one modular application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
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
