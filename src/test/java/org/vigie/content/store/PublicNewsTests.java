package org.vigie.content.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.content.store.NewsRows.Link;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public news read model on a real database: bodies rendered at save, links between
 * posts written when content changes, and the queries of the news pages. Not in a test
 * transaction, because the links are written in their own.
 */
@DatabaseTest
@Import({ PublicNews.class, PostLinks.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PublicNewsTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	private PostRepository posts;

	@Autowired
	private TagRepository tags;

	@Autowired
	private CategoryRepository categories;

	@Autowired
	private PublicNews news;

	@Autowired
	private PostLinks links;

	@AfterEach
	void forgetContent() {
		this.posts.deleteAll();
		this.tags.deleteAll();
		this.categories.deleteAll();
	}

	@Test
	void postIsReadWithItsBodyRenderedAtSaveAndItsTerms() {
		Tag tag = this.tags.save(new Tag("trafficking", Language.FR, "traite", "Traite"));
		Category category = this.categories.save(new Category("campaigns", Language.FR, "campagnes", "Campagnes"));
		Post post = new Post("video", Language.FR, "video", "Vidéo",
				"<p onclick=\"x()\">Regardez</p><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
				NOW);
		post.setPublication(Publication.publishedAt(NOW.minus(1, ChronoUnit.DAYS), NOW));
		post.getTags().add(tag);
		post.getCategories().add(category);
		this.posts.save(post);

		NewsRows.Detail detail = this.news.post(Language.FR, "video", NOW).orElseThrow();

		assertThat(detail.bodyHtml()).contains("<p>Regardez</p>", "figure class=\"video\"")
			.doesNotContain("onclick", "iframe");
		assertThat(detail.summary().teaser()).isEqualTo("Regardez");
		assertThat(this.news.terms(post.getId())).extracting(NewsRows.Term::name)
			.containsExactly("Campagnes", "Traite");
		assertThat(this.news.post(Language.FR, "video", NOW.minus(2, ChronoUnit.DAYS))).isEmpty();
	}

	@Test
	void linksGoToNeighboursTranslationsAndRelatedPostsPublicAtTheMomentOfReading() {
		Tag tag = this.tags.save(new Tag("trafficking", Language.FR, "traite", "Traite"));
		Post unrelated = post("unrelated", Language.FR, NOW.minus(4, ChronoUnit.DAYS));
		Post older = post("older", Language.FR, NOW.minus(3, ChronoUnit.DAYS), tag);
		Post shown = post("shown", Language.FR, NOW.minus(2, ChronoUnit.DAYS), tag);
		Post newer = post("newer", Language.FR, NOW.minus(1, ChronoUnit.DAYS), tag);
		Post scheduled = post("scheduled", Language.FR, NOW.plus(1, ChronoUnit.DAYS), tag);
		Post translation = this.posts
			.save(published(new Post("shown-fr", Language.EN, "shown-en", "Shown", "<p>x</p>", NOW),
					NOW.minus(2, ChronoUnit.DAYS)));

		this.links.recompute();

		List<Link> now = this.news.links(shown.getId(), NOW);
		assertThat(slugs(now, PostLinks.Kind.OLDER)).containsExactly("older");
		assertThat(slugs(now, PostLinks.Kind.NEWER)).containsExactly("newer");
		assertThat(slugs(now, PostLinks.Kind.RELATED)).containsExactly("newer", "older");
		assertThat(slugs(now, PostLinks.Kind.TRANSLATION)).containsExactlyInAnyOrder("shown", "shown-en");
		List<Link> later = this.news.links(shown.getId(), NOW.plus(2, ChronoUnit.DAYS));
		assertThat(slugs(later, PostLinks.Kind.RELATED)).containsExactly("scheduled", "newer", "older");
		assertThat(slugs(this.news.links(newer.getId(), NOW), PostLinks.Kind.NEWER)).isEmpty();
		assertThat(slugs(this.news.links(newer.getId(), NOW.plus(2, ChronoUnit.DAYS)), PostLinks.Kind.NEWER))
			.containsExactly("scheduled");
		assertThat(unrelated.getId()).isNotNull();
		assertThat(scheduled.getId()).isNotNull();
		assertThat(translation.getId()).isNotNull();
	}

	@Test
	void listsPublicPostsNewestFirstByPageWithTheirCount() {
		Tag tag = this.tags.save(new Tag("trafficking", Language.FR, "traite", "Traite"));
		for (int i = 1; i <= 12; i++) {
			post("post-" + i, Language.FR, NOW.minus(i, ChronoUnit.HOURS),
					(i % 2 == 0) ? new Tag[] { tag } : new Tag[0]);
		}
		post("tomorrow", Language.FR, NOW.plus(1, ChronoUnit.DAYS), tag);
		post("dutch", Language.NL, NOW.minus(1, ChronoUnit.DAYS));

		assertThat(this.news.latest(Language.FR, NOW, 10, 10).rows()).extracting(NewsRows.Summary::slug)
			.containsExactly("post-11", "post-12");
		assertThat(this.news.latest(Language.FR, NOW, 10, 10).total()).isEqualTo(12);
		assertThat(this.news.latest(Language.FR, NOW, 20, 10).rows()).isEmpty();
		assertThat(this.news.withTag(Language.FR, NOW, tag.getId(), 0, 2).rows()).extracting(NewsRows.Summary::slug)
			.containsExactly("post-2", "post-4");
		assertThat(this.news.withTag(Language.FR, NOW, tag.getId(), 0, 2).total()).isEqualTo(6);
		assertThat(this.news.tag(Language.FR, "traite")).hasValueSatisfying((found) -> {
			assertThat(found.name()).isEqualTo("Traite");
			assertThat(found.slugs()).containsExactly(java.util.Map.entry(Language.FR, "traite"));
		});
		assertThat(this.news.tag(Language.NL, "traite")).isEmpty();
	}

	private static List<String> slugs(List<Link> links, PostLinks.Kind kind) {
		return links.stream().filter((link) -> link.kind() == kind).map((link) -> link.other().slug()).toList();
	}

	private Post post(String slug, Language language, Instant publishedAt, Tag... tags) {
		Post post = new Post(slug + "-" + language.code(), language, slug, slug, "<p>" + slug + "</p>", NOW);
		post.getTags().addAll(List.of(tags));
		return this.posts.save(published(post, publishedAt));
	}

	private static Post published(Post post, Instant publishedAt) {
		post.setPublication(Publication.publishedAt(publishedAt, NOW));
		return post;
	}

}
