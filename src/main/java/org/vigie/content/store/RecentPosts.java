package org.vigie.content.store;

import java.time.Clock;
import java.util.List;

import org.vigie.content.ContentPaths;
import org.vigie.content.PublishedPosts;
import org.vigie.site.Language;

import org.springframework.stereotype.Component;

/**
 * {@link PublishedPosts} read from the public news read model, in one query.
 */
@Component
class RecentPosts implements PublishedPosts {

	private final PublicNews news;

	private final Clock clock;

	RecentPosts(PublicNews news, Clock clock) {
		this.news = news;
		this.clock = clock;
	}

	@Override
	public List<PublishedPost> recent(Language language, int limit) {
		if (limit < 1 || limit > 100) {
			throw new IllegalArgumentException("Between 1 and 100 posts");
		}
		return this.news.latest(language, this.clock.instant(), 0, limit)
			.rows()
			.stream()
			.map((row) -> new PublishedPost(row.title(), row.teaser(), ContentPaths.post(language, row.slug()),
					row.publishedAt()))
			.toList();
	}

}
