package org.vigie.advocacy.organisations;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.content.PublishedPosts.PublishedPost;
import org.vigie.site.Language;

/**
 * The news posts staff may link to an advocacy item, per language, with those already
 * linked, and the saving of what they ticked ({@code news_fr}, {@code news_nl},
 * {@code news_en}). Addresses that are not published posts are left out by
 * {@link NewsLinks}.
 */
@Component
public class NewsChoices {

	private final NewsLinks news;

	NewsChoices(NewsLinks news) {
		this.news = news;
	}

	/** For each language, the posts to pick from and the addresses linked. */
	public Map<Language, Choice> of(String kind, UUID subject) {
		Map<Language, Choice> choices = new EnumMap<>(Language.class);
		Language.all()
			.forEach((language) -> choices.put(language,
					new Choice(this.news.choices(language), this.news.paths(kind, subject, language))));
		return new LinkedHashMap<>(choices);
	}

	/**
	 * Links the ticked posts, replacing the item's links in every language.
	 * @return what is linked now, for a revision
	 */
	public Map<String, Object> link(String kind, UUID subject, MultiValueMap<String, String> fields) {
		Map<String, Object> linked = new LinkedHashMap<>();
		for (Language language : Language.all()) {
			List<String> ticked = fields.getOrDefault("news_" + language.code(), List.of());
			linked.put("news_" + language.code(),
					this.news.link(kind, subject, language, ticked.stream().limit(100).toList()));
		}
		return linked;
	}

	/**
	 * A language's posts.
	 *
	 * @param choices the newest published posts
	 * @param linked the addresses linked to the item
	 */
	public record Choice(List<PublishedPost> choices, List<String> linked) {
	}

}
