package org.vigie.content.web;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.SiteTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering a public page without the page cache takes a bounded number of SQL
 * statements: read models answer each page in a few queries, whatever the content.
 */
@SiteTest
@TestPropertySource(properties = "vigie.site.page-cache-megabytes=0")
@Import(QueriesPerPageTest.Counting.class)
class QueriesPerPageTest {

	@Autowired
	private SiteClient site;

	@Test
	void homePageTakesTwoQueries() {
		assertThat(statements("/fr/")).isBetween(1, 2);
	}

	@Test
	void listingPageTakesOneQueryForItsCardsAndTheirCount() {
		assertThat(statements("/fr/actualites/page/2")).isEqualTo(1);
	}

	@Test
	void postPageTakesThreeQueriesWithItsNeighboursTranslationsAndRelatedPosts() {
		String post = "/fr/actualites/would-you-react-video-exploitation-enfants";
		assertThat(this.site.page(post).select(".post-nav a, .related .card, .terms a, link[hreflang]"))
			.hasSizeGreaterThan(6);

		assertThat(statements(post)).isBetween(1, 3);
	}

	@Test
	void categoryAndTagPagesTakeThreeAndTwoQueriesWithTheirTranslations() {
		assertThat(this.site.page("/fr/categorie/campagnes").select("link[hreflang]")).hasSizeGreaterThan(1);
		assertThat(statements("/fr/categorie/campagnes")).isBetween(1, 3);
		assertThat(statements("/fr/etiquette/sensibilisation")).isBetween(1, 2);
	}

	@Test
	void contentPagesTakeOneQueryWithTheirSections() {
		assertThat(this.site.page("/fr/plaidoyer").select("section[id] h2")).hasSizeGreaterThan(1);
		assertThat(statements("/fr/plaidoyer")).isBetween(0, 1);
		assertThat(statements("/en/campaigns/blue-heart")).isBetween(0, 1);
	}

	@Test
	void searchTakesNoQuery() {
		assertThat(statements("/fr/recherche?q=campagne")).isZero();
	}

	/** The statements of the second request of a page (the first may load the menu). */
	private int statements(String path) {
		assertThat(this.site.get(path).statusCode()).isEqualTo(200);
		assertThat(this.site.get(path).statusCode()).isEqualTo(200);
		return Counting.LAST.get(path);
	}

	/**
	 * Counts the statements prepared on the thread serving each request.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		static final Map<String, Integer> LAST = new ConcurrentHashMap<>();

		private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource source) ? new CountingDataSource(source) : bean;
				}
			};
		}

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		OncePerRequestFilter statementsPerRequest() {
			return new OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					int[] count = new int[1];
					CURRENT.set(count);
					try {
						chain.doFilter(request, response);
					}
					finally {
						CURRENT.remove();
						String query = request.getQueryString();
						LAST.put(request.getRequestURI() + ((query != null) ? "?" + query : ""), count[0]);
					}
				}
			};
		}

		static final class CountingDataSource extends DelegatingDataSource {

			CountingDataSource(DataSource target) {
				super(target);
			}

			@Override
			public Connection getConnection() throws SQLException {
				Connection connection = super.getConnection();
				return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
						new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
							int[] count = CURRENT.get();
							if (count != null
									&& method.getName().matches("prepareStatement|prepareCall|createStatement")) {
								count[0]++;
							}
							try {
								return method.invoke(connection, arguments);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
			}

		}

	}

}
