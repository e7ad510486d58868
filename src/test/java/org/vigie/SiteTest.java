package org.vigie;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application over real HTTP, on the demo content, with an in-memory
 * database and search index. Tests get a {@link SiteClient} for the running server by
 * {@code @Autowired}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SiteTest.Client.class)
public @interface SiteTest {

	/**
	 * The client of the server under test, created once the server has its port.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	class Client {

		@Bean
		@Lazy
		SiteClient siteClient(Environment environment) {
			return new SiteClient(environment.getRequiredProperty("local.server.port", Integer.class));
		}

	}

}
