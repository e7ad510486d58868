package org.vigie.content.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vigie.DatabaseTest;
import org.vigie.TestClock;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.TagRepository;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
@Import({ DemoContent.class, DemoContentTests.Time.class })
class DemoContentTests {

	@Autowired
	private DemoContent demo;

	@Autowired
	private PostRepository posts;

	@Autowired
	private PageRepository pages;

	@Autowired
	private CategoryRepository categories;

	@Autowired
	private TagRepository tags;

	@Test
	void fillsAnEmptyDatabaseWithATrilingualSite() {
		assertThat(this.demo.loadIfEmpty()).isTrue();

		Map<Language, Long> postsPerLanguage = this.posts.findAll()
			.stream()
			.collect(Collectors.groupingBy(Post::getLanguage, Collectors.counting()));
		assertThat(postsPerLanguage.get(Language.FR)).isGreaterThanOrEqualTo(12);
		assertThat(postsPerLanguage.get(Language.NL)).isGreaterThanOrEqualTo(12);
		assertThat(postsPerLanguage.get(Language.EN)).isGreaterThanOrEqualTo(12);
		assertThat(this.posts.findAll()).allSatisfy((post) -> {
			assertThat(post.getCategories()).isNotEmpty();
			assertThat(post.getExcerpt()).isNotBlank();
		});
		assertThat(this.categories.findByLanguage(Language.NL)).hasSizeGreaterThanOrEqualTo(4);
		assertThat(this.tags.findAll()).hasSizeGreaterThanOrEqualTo(30);
	}

	@Test
	void includesTheAdvocacyPageWithItsThreeSectionsAndTheCampaignPages() {
		this.demo.loadIfEmpty();
		List<Page> all = this.pages.findAll();

		for (Language language : Language.all()) {
			Page advocacy = all.stream()
				.filter((page) -> page.getTranslationKey().equals("advocacy") && page.getLanguage() == language)
				.findFirst()
				.orElseThrow();
			assertThat(advocacy.getSections()).hasSize(3);
			assertThat(
					all.stream()
						.filter((page) -> page.getLanguage() == language && page.getParent() != null
								&& page.getParent().getTranslationKey().equals("campaigns")))
				.hasSizeGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void neverTouchesADatabaseThatHoldsContent() {
		this.demo.loadIfEmpty();
		long before = this.posts.count();

		assertThat(this.demo.loadIfEmpty()).isFalse();
		assertThat(this.posts.count()).isEqualTo(before);
	}

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		Clock testClock() {
			return new TestClock(Instant.parse("2026-11-22T12:00:00Z"));
		}

	}

}
