package org.vigie.content.store;

import java.util.Arrays;

import org.jsoup.Jsoup;

/**
 * Plain-text summaries of posts: the author's excerpt, or the first words of the body.
 */
final class Excerpts {

	private static final int WORDS = 40;

	private Excerpts() {
	}

	static String of(String excerpt, String body) {
		if (excerpt != null && !excerpt.isBlank()) {
			return excerpt;
		}
		return firstWords(Jsoup.parse(body).text(), WORDS);
	}

	static String firstWords(String text, int count) {
		String[] words = text.trim().split("\\s+");
		if (words.length <= count) {
			return text.trim();
		}
		return String.join(" ", Arrays.copyOf(words, count)) + " …";
	}

}
