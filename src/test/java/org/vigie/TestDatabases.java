package org.vigie;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of persistence tests: H2 by default, PostgreSQL when the build
 * runs them with {@code -Dvigie.test.database=postgresql}, at
 * {@code VIGIE_TEST_POSTGRES_URL}. Without a reachable PostgreSQL those runs are reported
 * as skipped on a developer's machine, and fail in CI.
 */
public class TestDatabases implements ActiveProfilesResolver, ExecutionCondition {

	static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/vigie_test";

	static boolean postgresql() {
		return "postgresql".equals(System.getProperty("vigie.test.database"));
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return postgresql() ? new String[] { "test", "postgresql" } : new String[] { "test" };
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!postgresql()) {
			return ConditionEvaluationResult.enabled("runs on H2");
		}
		String url = System.getenv().getOrDefault("VIGIE_TEST_POSTGRES_URL", DEFAULT_URL);
		String user = System.getenv().getOrDefault("VIGIE_TEST_POSTGRES_USER", "vigie");
		String password = System.getenv().getOrDefault("VIGIE_TEST_POSTGRES_PASSWORD", "vigie");
		try (var connection = DriverManager.getConnection(url, user, password)) {
			return ConditionEvaluationResult.enabled("runs on PostgreSQL at " + url);
		}
		catch (SQLException ex) {
			if (RequiredTools.inCi()) {
				throw new IllegalStateException("CI must provide PostgreSQL at " + url + ": " + ex.getMessage(), ex);
			}
			return ConditionEvaluationResult
				.disabled("PostgreSQL not reachable at " + url + " (" + ex.getMessage() + ")");
		}
	}

}
