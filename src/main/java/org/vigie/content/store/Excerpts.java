package org.vigie.content.web;

import org.jsoup.Jsoup;
import org.vigie.content.store.Post;

/**
 * Plain-text summaries of posts: the author's excerpt, or the first words of the body.
 */
final class Excerpts {

	private static final int WORDS = 40;

	private Excerpts() {
	}

	static String of(Post post) {
		if (post.getExcerpt() != null && !post.getExcerpt().isBlank()) {
			return post.getExcerpt();
		}
		return firstWords(Jsoup.parse(post.getBody()).text(), WORDS);
	}

	static String firstWords(String text, int count) {
		String[] words = text.trim().split("\\s+");
		if (words.length <= count) {
			return text.trim();
		}
		return String.join(" ", java.util.Arrays.copyOf(words, count)) + " …";
	}

}
