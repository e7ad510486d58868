package org.vigie;

import java.time.Clock;
import java.util.Arrays;

import org.vigie.content.ImportCommand;

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
		if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
			System
				.exit(ImportCommand.run(VigieApplication.class, Arrays.copyOfRange(args, 1, args.length), System.out));
		}
		SpringApplication.run(VigieApplication.class, args);
	}

	/** The time every module reads, so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
