package org.vigie.content.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.vigie.content.ContentPaths;
import org.vigie.content.store.NewsRows;
import org.vigie.content.store.NewsRows.Link;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostLinks;
import org.vigie.content.store.PublicNews;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.http.HttpStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads public posts for the news pages: listings, a post with its neighbours,
 * translations. A listing is one query (its cards with their count), a post's page three
 * (the post, its terms, the posts it links to), from the read model in
 * {@link PublicNews}.
 */
@Component
class Newsroom {

	static final int PAGE_SIZE = 10;

	private static final int RELATED = 3;

	private final PublicNews news;

	private final Clock clock;

	private final SiteProperties site;

	/** Each language's way of writing a day, from its {@code date.pattern} message. */
	private final Map<Language, DateTimeFormatter> dates = new EnumMap<>(Language.class);

	Newsroom(PublicNews news, Clock clock, SiteProperties site, MessageSource messages) {
		this.news = news;
		this.clock = clock;
		this.site = site;
		for (Language language : Language.all()) {
			this.dates.put(language, DateTimeFormatter
				.ofPattern(messages.getMessage("date.pattern", null, language.locale()), language.locale()));
		}
	}

	Listing latest(Language language, int page) {
		Instant now = this.clock.instant();
		return listing(this.news.latest(language, now, offset(page), PAGE_SIZE), page,
				(n) -> ContentPaths.newsPage(language, n));
	}

	/** The newest public posts, without counting them all. */
	List<PostCard> newest(Language language, int count) {
		return this.news.latest(language, this.clock.instant(), 0, count).rows().stream().map(this::card).toList();
	}

	Listing inCategories(Language language, Collection<Long> categories, int page, IntFunction<String> path) {
		Instant now = this.clock.instant();
		return listing(this.news.inCategories(language, now, categories, offset(page), PAGE_SIZE), page, path);
	}

	Listing withTag(Language language, long tag, int page, IntFunction<String> path) {
		Instant now = this.clock.instant();
		return listing(this.news.withTag(language, now, tag, offset(page), PAGE_SIZE), page, path);
	}

	Optional<PostCard> featured(Language language) {
		return this.news.featured(language, this.clock.instant()).map(this::card);
	}

	/** The public post at this address, with everything its page shows. */
	Optional<PostView> post(Language language, String slug) {
		Instant now = this.clock.instant();
		return this.news.post(language, slug, now).map((post) -> view(post, now));
	}

	/** A post as its page will show it, whatever its status: for the editor's preview. */
	PostView preview(Post post) {
		Instant now = this.clock.instant();
		Instant at = (post.getPublication().getPublishedAt() != null) ? post.getPublication().getPublishedAt() : now;
		PostCard dated = PostCard.of(post, at.atZone(this.site.timeZone()).toLocalDate(),
				this.dates.get(post.getLanguage()));
		List<Term> categories = post.getCategories()
			.stream()
			.map((category) -> new Term(category.getName(),
					ContentPaths.category(post.getLanguage(), category.getSlug())))
			.toList();
		List<Term> tags = post.getTags()
			.stream()
			.map((tag) -> new Term(tag.getName(), ContentPaths.tag(post.getLanguage(), tag.getSlug())))
			.toList();
		return new PostView(dated, post.getBodyHtml(), at, post.getUpdatedAt(), categories, tags, Map.of(), null, null,
				List.of());
	}

	private PostView view(NewsRows.Detail post, Instant now) {
		Language language = post.summary().language();
		List<NewsRows.Term> terms = this.news.terms(post.summary().id());
		List<Link> links = this.news.links(post.summary().id(), now);
		Map<Language, String> translations = new EnumMap<>(Language.class);
		links.stream()
			.filter((link) -> link.kind() == PostLinks.Kind.TRANSLATION)
			.forEach((link) -> translations.put(link.other().language(),
					ContentPaths.post(link.other().language(), link.other().slug())));
		return new PostView(card(post.summary()), post.bodyHtml(), post.summary().publishedAt(), post.updatedAt(),
				terms.stream()
					.filter((term) -> !term.tag())
					.map((term) -> new Term(term.name(), ContentPaths.category(language, term.slug())))
					.toList(),
				terms.stream()
					.filter(NewsRows.Term::tag)
					.map((term) -> new Term(term.name(), ContentPaths.tag(language, term.slug())))
					.toList(),
				translations, linked(links, PostLinks.Kind.OLDER, 1).stream().findFirst().orElse(null),
				linked(links, PostLinks.Kind.NEWER, 1).stream().findFirst().orElse(null),
				linked(links, PostLinks.Kind.RELATED, RELATED));
	}

	private List<PostCard> linked(List<Link> links, PostLinks.Kind kind, int count) {
		return links.stream()
			.filter((link) -> link.kind() == kind)
			.limit(count)
			.map((link) -> card(link.other()))
			.toList();
	}

	private Listing listing(NewsRows.Counted cards, int page, IntFunction<String> path) {
		Pagination pagination = Pagination.of(page, cards.total(), PAGE_SIZE, path);
		if (page > pagination.total()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Listing(cards.rows().stream().map(this::card).toList(), pagination);
	}

	private PostCard card(NewsRows.Summary summary) {
		return PostCard.of(summary, this.site.timeZone(), this.dates.get(summary.language()));
	}

	private static int offset(int page) {
		return (page - 1) * PAGE_SIZE;
	}

}
