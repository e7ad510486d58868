package org.vigie.content.search;

import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.vigie.content.ContentPaths;
import org.vigie.content.SearchContributor;
import org.vigie.content.Searchable;
import org.vigie.content.store.ContentStatus;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Component;

/**
 * Posts and pages as search finds them: every item that is not a draft, with its plain
 * text; scheduled items are indexed and hidden until their date.
 */
@Component
class ContentSearchables implements SearchContributor {

	static final String POST = "POST";

	static final String PAGE = "PAGE";

	/**
	 * Items read at once when indexing everything, so memory does not grow with the site.
	 */
	private static final int BATCH = 200;

	private final PostRepository posts;

	private final PageRepository pages;

	@PersistenceContext
	private EntityManager entities;

	ContentSearchables(PostRepository posts, PageRepository pages) {
		this.posts = posts;
		this.pages = pages;
	}

	@Override
	public long count() {
		return this.posts.countByPublicationStatusNot(ContentStatus.DRAFT)
				+ this.pages.countByPublicationStatusNot(ContentStatus.DRAFT);
	}

	@Override
	public Stream<Searchable> all() {
		return Stream.concat(batches(this.posts, this::post), batches(this.pages, this::page));
	}

	Optional<Searchable> post(long id) {
		return this.posts.findById(id).flatMap(this::post);
	}

	Optional<Searchable> page(long id) {
		return this.pages.findById(id).flatMap(this::page);
	}

	private <T> Stream<Searchable> batches(JpaRepository<T, Long> repository,
			Function<T, Optional<Searchable>> document) {
		return IntStream.iterate(0, (number) -> number + 1)
			.mapToObj((number) -> repository.findAll(PageRequest.of(number, BATCH, Sort.by("id"))).getContent())
			.takeWhile((batch) -> !batch.isEmpty())
			.flatMap((batch) -> {
				List<Searchable> documents = batch.stream().map(document).flatMap(Optional::stream).toList();
				this.entities.clear();
				return documents.stream();
			});
	}

	private Optional<Searchable> post(Post post) {
		if (post.getPublication().getStatus() == ContentStatus.DRAFT) {
			return Optional.empty();
		}
		String text = join(post.getExcerpt(), Jsoup.parse(post.getBody()).text());
		return Optional.of(new Searchable(POST, Long.toString(post.getId()), post.getLanguage(), post.getTitle(), text,
				ContentPaths.post(post.getLanguage(), post.getSlug()), post.getPublication().getPublishedAt()));
	}

	private Optional<Searchable> page(Page page) {
		LinkedList<String> slugs = new LinkedList<>();
		for (Page step = page; step != null; step = step.getParent()) {
			if (step.getPublication().getStatus() == ContentStatus.DRAFT) {
				return Optional.empty();
			}
			slugs.addFirst(step.getSlug());
		}
		StringBuilder text = new StringBuilder(join(page.getSummary(), Jsoup.parse(page.getBody()).text()));
		page.getSections()
			.forEach((section) -> text.append(' ')
				.append(section.getHeading())
				.append(' ')
				.append(Jsoup.parse(section.getBody()).text()));
		return Optional.of(new Searchable(PAGE, Long.toString(page.getId()), page.getLanguage(), page.getTitle(),
				text.toString(), ContentPaths.page(page.getLanguage(), slugs), page.getPublication().getPublishedAt()));
	}

	private static String join(String first, String second) {
		return (first != null && !first.isBlank()) ? first + " " + second : second;
	}

}
