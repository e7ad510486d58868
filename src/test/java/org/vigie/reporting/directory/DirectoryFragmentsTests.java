package org.vigie.reporting.directory;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.vigie.HtmlChecker;
import org.vigie.site.Language;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fragments other pages include, rendered by Thymeleaf from the real template and
 * bundle: what a reporter sees, reaches by a tap, and what a hostile value becomes.
 */
class DirectoryFragmentsTests {

	private static final String SUGGESTIONS = "<div th:replace=\"~{reporting/directory/points :: suggestions(${s})}\"></div>";

	private final SpringTemplateEngine engine = engine();

	private final ReportingPoints points = new ReportingPoints();

	@Test
	void showsTheEmergencyNumbersOfTheDestinationAsNumbersToTap() {
		Document page = render(this.points.suggest("TH", "BE", Language.FR), Language.FR);

		assertThat(page.select("h2").text()).isEqualTo("Où signaler");
		assertThat(page.select(".directory-phone--emergency a")).extracting((link) -> link.attr("href"))
			.containsExactly("tel:191", "tel:1155");
		assertThat(page.select(".directory-group--emergency h3").text()).isEqualTo("Urgence sur place : Thaïlande");
		assertThat(page.select(".directory-group--emergency").text()).contains("Police touristique",
				"à composer depuis le pays (Thaïlande)");
		assertThat(page.select("a[href=tel:116000]").text()).isEqualTo("116 000");
		assertThat(page.select(".directory-action").attr("href")).isEqualTo("/fr/signaler");
		assertThat(page.text()).contains("vérifié le 4 décembre 2026", "Child Focus");
	}

	@Test
	void opensEveryOutsidePageWithoutOpenerNorReferrer() {
		Document page = render(this.points.suggest("KH", "FR", Language.EN), Language.EN);

		assertThat(page.select("a[href^=https:]")).hasSizeGreaterThan(5).allSatisfy((link) -> {
			assertThat(link.attr("rel").split(" ")).contains("noopener", "noreferrer");
			assertThat(link.attr("referrerpolicy")).isEqualTo("no-referrer");
		});
		assertThat(page.select("a[href^=http:]")).isEmpty();
	}

	@Test
	void speaksTheLanguageOfThePage() {
		assertThat(render(this.points.suggest("TH", "NL", Language.NL), Language.NL).select("h2").text())
			.isEqualTo("Waar melden");
		Document english = render(this.points.suggest("LA", null, Language.EN), Language.EN);
		assertThat(english.select("h2").text()).isEqualTo("Where to report");
		assertThat(english.select(".directory-unlisted").text()).contains("Laos", "You can report here");
	}

	@Test
	void showsAHostileValueAsTextNeverAsMarkup() {
		Directory directory = DirectoryFileTests
			.read(DirectoryFileTests.file("BE", "\"112\"", "https://example.org/112")
					+ "    mechanisms:\n      - name: \"<script>alert(1)</script><img src=x onerror=alert(2)>\"\n"
					+ "        kind: hotline\n        url: https://example.org/a?b=1&c=2\n"
					+ "        source: https://example.org/x\n        reviewed: 2026-12-04\n");
		Document page = render(new ReportingPoints(directory).suggest("BE", "BE", Language.EN), Language.EN);

		assertThat(page.select("script, img, [onerror]")).isEmpty();
		assertThat(page.select("a[href^=https://example.org/a]").attr("href"))
			.isEqualTo("https://example.org/a?b=1&c=2");
		assertThat(page.text()).contains("<script>alert(1)</script>");
	}

	@Test
	void rendersACountrySelectWithItsLabelAndTheChosenCountry() {
		Document page = renderSelect("TH");
		Element select = page.selectFirst("select");

		assertThat(select.attr("name")).isEqualTo("incident");
		assertThat(page.selectFirst("label").attr("for")).isEqualTo(select.id());
		assertThat(page.selectFirst("label").text()).isEqualTo("Pays de l'incident");
		assertThat(select.select("option[selected]")).extracting(Element::val).containsExactly("TH");
		assertThat(select.select("option").first().text()).isEqualTo("Choisir un pays");
		assertThat(renderSelect("<script>").select("option[selected], script")).isEmpty();
	}

	@Test
	void makesValidHtml() {
		String body = this.engine.process(SUGGESTIONS,
				context(this.points.suggest("KH", "AT", Language.FR), Language.FR));
		String html = "<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body>" + body + "</body></html>";
		assertThat(HtmlChecker.check("points.html", html).errorsNotingWarnings()).isEmpty();
	}

	private Document render(Suggestions suggestions, Language language) {
		return Jsoup.parseBodyFragment(this.engine.process(SUGGESTIONS, context(suggestions, language)));
	}

	private Document renderSelect(String selected) {
		Context context = new Context(Locale.FRENCH, Map.of("countries", this.points.countries(Language.FR), "selected",
				selected, "labelText", "Pays de l'incident"));
		return Jsoup.parseBodyFragment(this.engine
			.process("<div th:replace=\"~{reporting/directory/points :: countrySelect('incident', ${countries}, "
					+ "${selected}, ${labelText})}\"></div>", context));
	}

	private static Context context(Suggestions suggestions, Language language) {
		return new Context(language.locale(), Map.of("s", suggestions));
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setCharacterEncoding("UTF-8");
		files.setCheckExistence(true);
		files.setOrder(1);
		StringTemplateResolver strings = new StringTemplateResolver();
		strings.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/reporting-directory");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolvers(Set.of(files, strings));
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
