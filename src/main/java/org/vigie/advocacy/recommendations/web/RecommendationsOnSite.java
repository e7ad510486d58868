package org.vigie.advocacy.recommendations.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.advocacy.recommendations.Recommendation;
import org.vigie.advocacy.recommendations.RecommendationStore;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.content.PageAddition;
import org.vigie.site.Language;
import org.vigie.site.SitemapContributor;

/**
 * Where the recommendations show on the rest of the site: their counts per status on the
 * advocacy page, and their pages in the sitemaps.
 */
@Configuration(value = "advocacy.recommendations.RecommendationsOnSite", proxyBeanMethods = false)
class RecommendationsOnSite {

	@Bean
	PageAddition advocacyRecommendationsAddition(RecommendationStore recommendations) {
		return new PageAddition() {

			@Override
			public String pageKey() {
				return "advocacy";
			}

			@Override
			public int order() {
				return 40;
			}

			@Override
			public List<String> tags() {
				return List.of(AdvocacyPages.CACHE_TAG);
			}

			@Override
			public Optional<Part> part(Language language) {
				List<Recommendation> all = recommendations.all();
				if (all.isEmpty()) {
					return Optional.empty();
				}
				return Optional
					.of(new Part("advocacy/recommendations/parts", "summary", Map.of("tally", Tally.of(all), "path",
							RecommendationPaths.list(language), "demo", all.stream().anyMatch(Recommendation::demo))));
			}

		};
	}

	@Bean
	SitemapContributor advocacyRecommendationsSitemap(RecommendationStore recommendations) {
		return (language) -> Stream.concat(
				Stream.of(new SitemapContributor.Entry(RecommendationPaths.list(language), null,
						RecommendationPaths.lists())),
				recommendations.all()
					.stream()
					.map((one) -> new SitemapContributor.Entry(RecommendationPaths.one(language, one.code()), null,
							RecommendationPaths.ones(one.code()))));
	}

}
