package org.vigie.advocacy.news;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.advocacy.web.AdvocacyCache;
import org.vigie.content.PublishedPosts;
import org.vigie.content.PublishedPosts.PublishedPost;
import org.vigie.site.Language;

/**
 * The news posts about an advocacy item (a project, a network, a recommendation, a
 * watched file, an instrument), per language. Staff pick them among the published posts;
 * readers see only those still published, newest first, so a post taken down disappears
 * from the item's page too.
 */
@Service
public class NewsLinks {

	/** How many recent posts are offered and checked. */
	static final int RECENT = 100;

	private final JdbcClient jdbc;

	private final PublishedPosts posts;

	private final AdvocacyCache cache;

	NewsLinks(JdbcClient jdbc, PublishedPosts posts, AdvocacyCache cache) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.cache = cache;
	}

	/** The published posts linked to an item in a language, newest first. */
	public List<PublishedPost> posts(String kind, UUID subject, Language language) {
		List<String> paths = paths(kind, subject, language);
		if (paths.isEmpty()) {
			return List.of();
		}
		return this.posts.recent(language, RECENT).stream().filter((post) -> paths.contains(post.path())).toList();
	}

	/** The addresses linked to an item in a language, whether still published or not. */
	public List<String> paths(String kind, UUID subject, Language language) {
		return this.jdbc
			.sql("select path from advocacy_news_link where subject_kind = ? and subject_id = ? and language = ? "
					+ "order by path")
			.params(kind, subject, language.code())
			.query(String.class)
			.list();
	}

	/** The posts staff may choose from in a language (the newest published). */
	public List<PublishedPost> choices(Language language) {
		return this.posts.recent(language, RECENT);
	}

	/**
	 * Links an item to these posts in a language, replacing its links there; addresses
	 * that are not published posts of that language are left out.
	 * @return the addresses kept
	 */
	@Transactional
	public List<String> link(String kind, UUID subject, Language language, List<String> paths) {
		Map<String, PublishedPost> published = choices(language).stream()
			.collect(Collectors.toMap(PublishedPost::path, Function.identity(), (one, other) -> one));
		List<String> kept = paths.stream().distinct().filter(published::containsKey).toList();
		this.jdbc.sql("delete from advocacy_news_link where subject_kind = ? and subject_id = ? and language = ?")
			.params(kind, subject, language.code())
			.update();
		kept.forEach((path) -> this.jdbc
			.sql("insert into advocacy_news_link (subject_kind, subject_id, language, path) values (?, ?, ?, ?)")
			.params(kind, subject, language.code(), path)
			.update());
		this.cache.changed();
		return kept;
	}

	/**
	 * Links an item to the post with this slug in each language where it is published
	 * (for demo content, which knows the posts' slugs).
	 */
	@Transactional
	public void linkBySlug(String kind, UUID subject, Map<Language, String> slugs) {
		slugs.forEach((language, slug) -> choices(language).stream()
			.filter((post) -> post.path().endsWith("/" + slug))
			.findFirst()
			.ifPresent((post) -> {
				List<String> paths = new java.util.ArrayList<>(paths(kind, subject, language));
				paths.add(post.path());
				link(kind, subject, language, paths);
			}));
	}

}
