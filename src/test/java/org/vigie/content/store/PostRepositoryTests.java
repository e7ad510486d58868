package org.vigie.content.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class PostRepositoryTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	private PostRepository posts;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private PlatformTransactionManager transactions;

	private Category campaigns;

	private Tag trafficking;

	@BeforeEach
	void categoriesAndTags() {
		this.campaigns = this.entities.persist(new Category("campaigns", Language.FR, "campagnes", "Campagnes"));
		this.trafficking = this.entities.persist(new Tag("trafficking", Language.FR, "traite", "Traite"));
	}

	@Test
	void listsOnlyPublicPostsOfTheLanguageNewestFirst() {
		Post old = post("old", Language.FR, NOW.minus(10, ChronoUnit.DAYS));
		Post recent = post("recent", Language.FR, NOW.minus(1, ChronoUnit.DAYS));
		post("dutch", Language.NL, NOW.minus(2, ChronoUnit.DAYS));
		post("tomorrow", Language.FR, NOW.plus(1, ChronoUnit.DAYS));
		Post draft = new Post("draft", Language.FR, "draft", "Draft", "<p>x</p>", NOW);
		this.entities.persist(draft);

		List<Post> listed = this.posts.findPublic(Language.FR, NOW, PageRequest.of(0, 10)).getContent();

		assertThat(listed).extracting(Post::getSlug).containsExactly(recent.getSlug(), old.getSlug());
		assertThat(this.posts.countPublic(Language.FR, NOW)).isEqualTo(2);
		assertThat(this.posts.findUpcomingPublications(NOW)).containsExactly(NOW.plus(1, ChronoUnit.DAYS));
	}

	@Test
	void pagesAreStableWhenPostsShareAPublicationDate() {
		for (int i = 0; i < 25; i++) {
			post("same-" + i, Language.FR, NOW.minus(1, ChronoUnit.HOURS));
		}
		List<String> first = slugs(0);
		List<String> second = slugs(1);
		List<String> third = slugs(2);

		assertThat(first).hasSize(10).doesNotContainAnyElementsOf(second);
		assertThat(third).hasSize(5).doesNotContainAnyElementsOf(second).doesNotContainAnyElementsOf(first);
		assertThat(slugs(1)).isEqualTo(second);
	}

	@Test
	void findsTheNeighboursOfAPost() {
		Post first = post("first", Language.FR, NOW.minus(3, ChronoUnit.DAYS));
		Post middle = post("middle", Language.FR, NOW.minus(2, ChronoUnit.DAYS));
		Post last = post("last", Language.FR, NOW.minus(1, ChronoUnit.DAYS));
		Instant at = middle.getPublication().getPublishedAt();

		assertThat(this.posts.findOlder(Language.FR, NOW, at, middle.getId(), PageRequest.of(0, 1)))
			.containsExactly(first);
		assertThat(this.posts.findNewer(Language.FR, NOW, at, middle.getId(), PageRequest.of(0, 1)))
			.containsExactly(last);
	}

	@Test
	void findsPostsByCategoryTagAndSharedSubjects() {
		Post tagged = post("tagged", Language.FR, NOW.minus(3, ChronoUnit.DAYS));
		tagged.getTags().add(this.trafficking);
		Post filed = post("filed", Language.FR, NOW.minus(2, ChronoUnit.DAYS));
		filed.getCategories().add(this.campaigns);
		filed.getTags().add(this.trafficking);
		post("unrelated", Language.FR, NOW.minus(1, ChronoUnit.DAYS));
		this.entities.flush();

		assertThat(this.posts.findPublicWithTag(Language.FR, NOW, this.trafficking.getId(), PageRequest.of(0, 10)))
			.containsExactly(filed, tagged);
		assertThat(this.posts.findPublicInCategories(Language.FR, NOW, Set.of(this.campaigns.getId()),
				PageRequest.of(0, 10)))
			.containsExactly(filed);
		assertThat(this.posts.findNeighbours(Language.FR, NOW, tagged.getId(), Set.of(this.trafficking.getId()),
				Set.of(-1L), PageRequest.of(0, 10)))
			.containsExactly(filed);
	}

	@Test
	void refusesTheSameSlugTwiceInOneLanguageButNotAcrossLanguages() {
		post("campagne", Language.FR, NOW);
		post("campagne", Language.NL, NOW);
		this.entities.flush();

		assertThatThrownBy(() -> {
			this.posts.saveAndFlush(new Post("other-key", Language.FR, "campagne", "Twice", "<p>x</p>", NOW));
		}).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesTwoTranslationsInTheSameLanguage() {
		Post french = post("original", Language.FR, NOW);
		this.entities.flush();

		assertThatThrownBy(() -> this.posts
			.saveAndFlush(new Post(french.getTranslationKey(), Language.FR, "autre", "Autre", "<p>x</p>", NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void keepsLongBodiesAndTranslationsTogether() {
		String body = "<p>" + "évènement ".repeat(50_000) + "</p>";
		Post french = new Post("long", Language.FR, "long", "Long", body, NOW);
		french.setPublication(Publication.publishedAt(NOW, NOW));
		this.posts.saveAndFlush(french);
		Post english = new Post("long", Language.EN, "long", "Long", "<p>x</p>", NOW);
		english.setPublication(Publication.publishedAt(NOW, NOW));
		this.posts.saveAndFlush(english);
		this.entities.clear();

		assertThat(this.posts.findByLanguageAndSlug(Language.FR, "long").orElseThrow().getBody()).isEqualTo(body);
		assertThat(this.posts.findByTranslationKey("long")).extracting(Post::getLanguage)
			.containsExactlyInAnyOrder(Language.FR, Language.EN);
	}

	private List<String> slugs(int page) {
		return this.posts.findPublic(Language.FR, NOW, PageRequest.of(page, 10))
			.getContent()
			.stream()
			.map(Post::getSlug)
			.toList();
	}

	@Test
	void aBodyWrittenStraightToTheDatabaseShowsImagesOfTheMediaLibraryOnly() {
		Post post = post("hand-made", Language.FR, NOW.minus(1, ChronoUnit.DAYS));
		this.entities.flush();
		this.entities.getEntityManager()
			.createNativeQuery("update content_post set body = ?, body_html = null where id = ?")
			.setParameter(1, "<p>Hand-made</p><img src=\"https://evil.example/pixel.gif\" alt=\"foreign\">"
					+ "<img src=\"/media/../admin/logout\" alt=\"dots\"><img src=\"/media/img/ab12/800.jpg\" alt=\"ours\">")
			.setParameter(2, post.getId())
			.executeUpdate();
		this.entities.clear();

		new StaleBodies(this.entities.getEntityManager(), this.transactions).render();

		String rendered = this.posts.findById(post.getId()).orElseThrow().getBodyHtml();
		assertThat(rendered).contains("Hand-made", "/media/img/ab12/800.jpg").doesNotContain("evil", "..");
	}

	private Post post(String slug, Language language, Instant publishedAt) {
		Post post = new Post(slug + "-" + language.code(), language, slug, slug, "<p>" + slug + "</p>", NOW);
		post.setPublication(Publication.publishedAt(publishedAt, NOW));
		return this.entities.persist(post);
	}

}
