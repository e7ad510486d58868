package org.vigie.content.store;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vigie.ModulesTest;
import org.vigie.SiteClient;
import org.vigie.content.PublishedPosts;
import org.vigie.content.PublishedPosts.PublishedPost;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Other modules read the newest public posts of a language: newest first, with their
 * summaries and addresses readers can open (the public news model: never a draft or a
 * post scheduled later).
 */
@ModulesTest
class RecentPostsTest {

	@Autowired
	private PublishedPosts posts;

	@Autowired
	private SiteClient site;

	@Test
	void theNewestPublicPostsOfALanguageComeFirstWithAddressesThatOpen() {
		List<PublishedPost> recent = this.posts.recent(Language.NL, 3);
		assertThat(recent).hasSize(3);
		assertThat(recent).extracting(PublishedPost::publishedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
		for (PublishedPost post : recent) {
			assertThat(post.path()).startsWith("/nl/nieuws/");
			assertThat(post.title()).isNotBlank();
			assertThat(this.site.get(post.path()).statusCode()).isEqualTo(200);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> this.posts.recent(Language.EN, 0));
	}

}
