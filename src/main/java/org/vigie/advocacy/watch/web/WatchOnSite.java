package org.vigie.advocacy.watch.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.advocacy.watch.WatchStore;
import org.vigie.advocacy.watch.WatchedFile;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.content.PageAddition;
import org.vigie.site.Language;
import org.vigie.site.SitemapContributor;

/**
 * Where the policy watch shows on the rest of the site: its list and its public files in
 * the sitemaps (never a file not marked public), and a short section on the advocacy page
 * with the next public deadlines.
 */
@Configuration(proxyBeanMethods = false)
class WatchOnSite {

	/** How many files the advocacy page's section lists. */
	static final int ON_PAGE = 3;

	@Bean
	SitemapContributor advocacyWatchSitemap(WatchStore store) {
		return (language) -> {
			Map<Language, String> lists = new EnumMap<>(Language.class);
			Language.all().forEach((other) -> lists.put(other, WatchPaths.list(other)));
			return Stream.concat(Stream.of(new SitemapContributor.Entry(WatchPaths.list(language), null, lists)),
					store.publicFiles().stream().map((file) -> {
						Map<Language, String> translations = new EnumMap<>(Language.class);
						Language.all().forEach((other) -> translations.put(other, WatchPaths.file(other, file)));
						return new SitemapContributor.Entry(WatchPaths.file(language, file), file.updatedAt(),
								translations);
					}));
		};
	}

	@Bean
	PageAddition advocacyWatchSection(WatchStore store) {
		return new PageAddition() {

			@Override
			public String pageKey() {
				return "advocacy";
			}

			@Override
			public int order() {
				return 45;
			}

			@Override
			public List<String> tags() {
				return List.of(AdvocacyPages.CACHE_TAG);
			}

			@Override
			public Optional<Part> part(Language language) {
				List<WatchedFile> files = store.publicFiles();
				if (files.isEmpty()) {
					return Optional.empty();
				}
				List<Map<String, Object>> shown = files.stream().limit(ON_PAGE).map((file) -> {
					Map<String, Object> one = new LinkedHashMap<>();
					one.put("title", file.title(language));
					one.put("path", WatchPaths.file(language, file));
					one.put("stage", file.stage().name());
					one.put("deadline", (file.deadlineOn() != null) ? file.deadlineOn().toString() : "");
					return one;
				}).toList();
				return Optional
					.of(new Part("advocacy/watch/section", "section", Map.of("files", shown, "count", files.size(),
							"path", WatchPaths.list(language), "demo", files.stream().anyMatch(WatchedFile::demo))));
			}

		};
	}

}
