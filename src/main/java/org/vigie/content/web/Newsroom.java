package org.vigie.content.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.vigie.content.ContentPaths;
import org.vigie.content.store.Category;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Tag;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads public posts for the news pages: listings, a post with its neighbours,
 * translations.
 */
@Component
@Transactional(readOnly = true)
class Newsroom {

	static final int PAGE_SIZE = 10;

	private static final int RELATED = 3;

	private final PostRepository posts;

	private final Clock clock;

	private final SiteProperties site;

	private final BodyRenderer bodies;

	Newsroom(PostRepository posts, Clock clock, SiteProperties site, BodyRenderer bodies) {
		this.posts = posts;
		this.clock = clock;
		this.site = site;
		this.bodies = bodies;
	}

	Listing latest(Language language, int page) {
		Instant now = this.clock.instant();
		return listing(this.posts.findPublic(language, now, pageable(page)), page,
				this.posts.countPublic(language, now), (n) -> ContentPaths.newsPage(language, n));
	}

	Listing inCategories(Language language, Collection<Long> categories, int page, IntFunction<String> path) {
		Instant now = this.clock.instant();
		return listing(this.posts.findPublicInCategories(language, now, categories, pageable(page)), page,
				this.posts.countPublicInCategories(language, now, categories), path);
	}

	Listing withTag(Language language, long tag, int page, IntFunction<String> path) {
		Instant now = this.clock.instant();
		return listing(this.posts.findPublicWithTag(language, now, tag, pageable(page)), page,
				this.posts.countPublicWithTag(language, now, tag), path);
	}

	Optional<PostCard> featured(Language language) {
		return this.posts.findFeatured(language, this.clock.instant(), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(this::card);
	}

	/** The public post at this address, with everything its page shows. */
	Optional<PostView> post(Language language, String slug) {
		Instant now = this.clock.instant();
		return this.posts.findByLanguageAndSlug(language, slug)
			.filter((post) -> post.getPublication().isPublicAt(now))
			.map((post) -> view(post, now));
	}

	/** A post as its page will show it, whatever its status: for the editor's preview. */
	PostView preview(Post post) {
		Instant now = this.clock.instant();
		Instant at = (post.getPublication().getPublishedAt() != null) ? post.getPublication().getPublishedAt() : now;
		PostCard dated = PostCard.of(post, at.atZone(this.site.timeZone()).toLocalDate());
		return new PostView(dated, this.bodies.render(post.getBody(), post.getLanguage()), at, post.getUpdatedAt(),
				categories(post), tags(post), Map.of(), null, null, List.of());
	}

	private PostView view(Post post, Instant now) {
		Instant at = post.getPublication().getPublishedAt();
		Pageable one = PageRequest.of(0, 1);
		Optional<PostCard> older = this.posts.findOlder(post.getLanguage(), now, at, post.getId(), one)
			.stream()
			.findFirst()
			.map(this::card);
		Optional<PostCard> newer = this.posts.findNewer(post.getLanguage(), now, at, post.getId(), one)
			.stream()
			.findFirst()
			.map(this::card);
		return new PostView(card(post), this.bodies.render(post.getBody(), post.getLanguage()), at, post.getUpdatedAt(),
				categories(post), tags(post), translations(post, now), older.orElse(null), newer.orElse(null),
				related(post, now));
	}

	private static List<Term> categories(Post post) {
		return post.getCategories()
			.stream()
			.map((category) -> new Term(category.getName(),
					ContentPaths.category(post.getLanguage(), category.getSlug())))
			.toList();
	}

	private static List<Term> tags(Post post) {
		return post.getTags()
			.stream()
			.map((tag) -> new Term(tag.getName(), ContentPaths.tag(post.getLanguage(), tag.getSlug())))
			.toList();
	}

	/** Up to three posts sharing the most tags and categories with this one. */
	private List<PostCard> related(Post post, Instant now) {
		Set<Long> tags = post.getTags().stream().map(Tag::getId).collect(Collectors.toSet());
		Set<Long> categories = post.getCategories().stream().map(Category::getId).collect(Collectors.toSet());
		if (tags.isEmpty() && categories.isEmpty()) {
			return List.of();
		}
		List<Post> neighbours = this.posts.findNeighbours(post.getLanguage(), now, post.getId(),
				tags.isEmpty() ? Set.of(-1L) : tags, categories.isEmpty() ? Set.of(-1L) : categories,
				PageRequest.of(0, 30));
		return neighbours.stream()
			.sorted(Comparator.comparingLong((Post other) -> -shared(other, tags, categories)))
			.limit(RELATED)
			.map(this::card)
			.toList();
	}

	private static long shared(Post other, Set<Long> tags, Set<Long> categories) {
		long sharedTags = other.getTags().stream().filter((tag) -> tags.contains(tag.getId())).count();
		long sharedCategories = other.getCategories()
			.stream()
			.filter((category) -> categories.contains(category.getId()))
			.count();
		return 2 * sharedTags + sharedCategories;
	}

	private Map<Language, String> translations(Post post, Instant now) {
		Map<Language, String> translations = new EnumMap<>(Language.class);
		for (Post translation : this.posts.findByTranslationKey(post.getTranslationKey())) {
			if (translation.getPublication().isPublicAt(now)) {
				translations.put(translation.getLanguage(),
						ContentPaths.post(translation.getLanguage(), translation.getSlug()));
			}
		}
		return translations;
	}

	private Listing listing(Slice<Post> slice, int page, long count, IntFunction<String> path) {
		Pagination pagination = Pagination.of(page, count, PAGE_SIZE, path);
		if (page > pagination.total()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Listing(slice.getContent().stream().map(this::card).toList(), pagination);
	}

	private PostCard card(Post post) {
		return PostCard.of(post, this.site.timeZone());
	}

	private static Pageable pageable(int page) {
		return PageRequest.of(page - 1, PAGE_SIZE);
	}

}
