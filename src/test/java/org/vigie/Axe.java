package org.vigie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, from its WebJar, run in the page the browser shows: WCAG 2.0 and 2.1 A and AA
 * rules and best practices.
 */
public final class Axe {

	private static final String SOURCE = load();

	private Axe() {
	}

	/**
	 * The serious and critical violations of the current page, each described on one
	 * line.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(WebDriver browser, String label) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(SOURCE);
		List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
						  .then(results => done(results.violations.map(v => ({ id: v.id, impact: v.impact,
						      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ') }))))
						  .catch(error => done([{ id: 'axe-error', impact: 'critical', nodes: String(error) }]));
						""");
		List<String> serious = new ArrayList<>();
		for (Map<String, Object> violation : found) {
			Object impact = violation.get("impact");
			if ("serious".equals(impact) || "critical".equals(impact)) {
				serious.add(label + ": " + violation.get("id") + " (" + impact + "): " + violation.get("nodes"));
			}
		}
		return serious;
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
