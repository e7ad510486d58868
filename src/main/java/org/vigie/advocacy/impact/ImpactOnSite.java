package org.vigie.advocacy.impact;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.advocacy.web.AdvocacyPaths;
import org.vigie.content.PageAddition;
import org.vigie.site.HomeSection;
import org.vigie.site.Language;

/**
 * Where the headline figures show besides the impact page: on the home page and on the
 * advocacy page, each linking to the impact page. Both read the figures kept for
 * {@link ImpactLedger#FRESHNESS}, so they cost no query on most views.
 */
@Configuration(value = "advocacy.impact.ImpactOnSite", proxyBeanMethods = false)
class ImpactOnSite {

	/** Where the headlines sit on the advocacy page, after the other advocacy parts. */
	static final int ORDER = 50;

	@Bean
	HomeSection advocacyImpactOnHomePage(ImpactFigures figures) {
		return new HomeSection() {

			@Override
			public Optional<Block> render(Language language) {
				return headlines(figures, language).map((data) -> new Block("advocacy/impact/parts", "home", data));
			}

			@Override
			public int homeOrder() {
				return 60;
			}

		};
	}

	@Bean
	PageAddition advocacyImpactOnAdvocacyPage(ImpactFigures figures) {
		return new PageAddition() {

			@Override
			public String pageKey() {
				return "advocacy";
			}

			@Override
			public int order() {
				return ORDER;
			}

			@Override
			public List<String> tags() {
				return List.of(AdvocacyPages.CACHE_TAG);
			}

			@Override
			public Optional<Part> part(Language language) {
				return headlines(figures, language).map((data) -> new Part("advocacy/impact/parts", "addition", data));
			}

		};
	}

	private static Optional<Map<String, Object>> headlines(ImpactFigures figures, Language language) {
		Impact impact = figures.headlines(language);
		if (impact.headlines().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Map.of("headlines", impact.headlines(), "demo", impact.demo(), "impactPath",
				AdvocacyPaths.of(AdvocacyPaths.Area.IMPACT, language)));
	}

}
