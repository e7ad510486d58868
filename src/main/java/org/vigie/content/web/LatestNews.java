package org.vigie.content.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vigie.content.ContentPaths;
import org.vigie.site.HomeSection;
import org.vigie.site.Language;

import org.springframework.stereotype.Component;

/**
 * The home page's news: the highlighted post, then the latest ones with their excerpts.
 */
@Component
class LatestNews implements HomeSection {

	private static final int COUNT = 6;

	private final Newsroom newsroom;

	LatestNews(Newsroom newsroom) {
		this.newsroom = newsroom;
	}

	@Override
	public Optional<Block> render(Language language) {
		Optional<PostCard> featured = this.newsroom.featured(language);
		List<PostCard> latest = this.newsroom.newest(language, COUNT + 1)
			.stream()
			.filter((card) -> featured.map((highlight) -> !highlight.path().equals(card.path())).orElse(true))
			.limit(COUNT)
			.toList();
		if (featured.isEmpty() && latest.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("featured", featured.orElse(null));
		model.put("latest", latest);
		model.put("newsPath", ContentPaths.news(language));
		return Optional.of(new Block("content/home", "news", model));
	}

	@Override
	public String feedPath(Language language) {
		return ContentPaths.newsFeed(language);
	}

	@Override
	public int homeOrder() {
		return 0;
	}

}
