package org.vigie.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.vigie.content.store.NewsRows.Detail;
import org.vigie.content.store.NewsRows.Link;
import org.vigie.content.store.NewsRows.Summary;
import org.vigie.content.store.NewsRows.Term;
import org.vigie.site.Language;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public news as the site reads it: each page in one to three plain SQL queries that
 * return exactly the columns shown (rendered bodies, teasers and links are written when
 * content changes). "Public" means not a draft and published at or before {@code now}.
 */
@Component
public class PublicNews {

	private static final String SUMMARY = "select p.id, p.lang, p.slug, p.title, p.teaser, p.published_at,"
			+ " p.cover_path, p.cover_alt, p.cover_srcset, a.display_name";

	private static final String FROM = " from content_post p left join content_author a on a.id = p.author_id";

	private static final String PUBLIC = " p.status <> 'DRAFT' and p.published_at <= :now";

	private static final String IN_LANGUAGE = " where p.lang = :language and" + PUBLIC;

	private static final String IN_CATEGORIES = " and exists (select 1 from content_post_category c"
			+ " where c.post_id = p.id and c.category_id in (:categories))";

	private static final String WITH_TAG = " and exists (select 1 from content_post_tag t"
			+ " where t.post_id = p.id and t.tag_id = :tag)";

	private static final String NEWEST_FIRST = " order by p.published_at desc, p.id desc";

	private static final String PAGE = " limit :limit offset :offset";

	private final JdbcClient jdbc;

	PublicNews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Summary> latest(Language language, Instant now, int offset, int limit) {
		return summaries(SUMMARY + FROM + IN_LANGUAGE + NEWEST_FIRST + PAGE, language, now).param("offset", offset)
			.param("limit", limit)
			.query(PublicNews::summary)
			.list();
	}

	public long count(Language language, Instant now) {
		return summaries("select count(*)" + FROM + IN_LANGUAGE, language, now).query(Long.class).single();
	}

	public List<Summary> inCategories(Language language, Instant now, Collection<Long> categories, int offset,
			int limit) {
		return summaries(SUMMARY + FROM + IN_LANGUAGE + IN_CATEGORIES + NEWEST_FIRST + PAGE, language, now)
			.param("categories", categories)
			.param("offset", offset)
			.param("limit", limit)
			.query(PublicNews::summary)
			.list();
	}

	public long countInCategories(Language language, Instant now, Collection<Long> categories) {
		return summaries("select count(*)" + FROM + IN_LANGUAGE + IN_CATEGORIES, language, now)
			.param("categories", categories)
			.query(Long.class)
			.single();
	}

	public List<Summary> withTag(Language language, Instant now, long tag, int offset, int limit) {
		return summaries(SUMMARY + FROM + IN_LANGUAGE + WITH_TAG + NEWEST_FIRST + PAGE, language, now).param("tag", tag)
			.param("offset", offset)
			.param("limit", limit)
			.query(PublicNews::summary)
			.list();
	}

	public long countWithTag(Language language, Instant now, long tag) {
		return summaries("select count(*)" + FROM + IN_LANGUAGE + WITH_TAG, language, now).param("tag", tag)
			.query(Long.class)
			.single();
	}

	/** The newest highlighted post. */
	public Optional<Summary> featured(Language language, Instant now) {
		return summaries(SUMMARY + FROM + IN_LANGUAGE + " and p.featured = true" + NEWEST_FIRST + " limit 1", language,
				now)
			.query(PublicNews::summary)
			.optional();
	}

	/** The public post at this address, with its rendered body. */
	public Optional<Detail> post(Language language, String slug, Instant now) {
		return summaries(SUMMARY + ", p.body_html, p.updated_at" + FROM + IN_LANGUAGE + " and p.slug = :slug", language,
				now)
			.param("slug", slug)
			.query((row, number) -> new Detail(summary(row, number), row.getString("body_html"),
					instant(row, "updated_at")))
			.optional();
	}

	/** A post's categories (in their order), then its tags (by name). */
	public List<Term> terms(long post) {
		return this.jdbc
			.sql("select 0 as tag, c.name, c.slug, c.position as weight from content_post_category pc"
					+ " join content_category c on c.id = pc.category_id where pc.post_id = :post union all"
					+ " select 1, t.name, t.slug, 0 from content_post_tag pt join content_tag t on t.id = pt.tag_id"
					+ " where pt.post_id = :post order by 1, 4, 2")
			.param("post", post)
			.query((row, number) -> new Term(row.getInt(1) == 1, row.getString(2), row.getString(3)))
			.list();
	}

	/** The public posts a post's page links to, by kind, best first. */
	public List<Link> links(long post, Instant now) {
		return this.jdbc
			.sql(SUMMARY + ", l.kind from content_post_link l join content_post p on p.id = l.other_id"
					+ " left join content_author a on a.id = p.author_id where l.post_id = :post and" + PUBLIC
					+ " order by l.kind, l.position")
			.param("post", post)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query((row, number) -> new Link(PostLinks.Kind.valueOf(row.getString("kind")), summary(row, number)))
			.list();
	}

	private JdbcClient.StatementSpec summaries(String sql, Language language, Instant now) {
		return this.jdbc.sql(sql)
			.param("language", language.code())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
	}

	private static Summary summary(ResultSet row, int number) throws SQLException {
		String teaser = row.getString("teaser");
		return new Summary(row.getLong("id"), Language.fromCode(row.getString("lang")).orElseThrow(),
				row.getString("slug"), row.getString("title"), (teaser != null) ? teaser : "",
				instant(row, "published_at"), row.getString("cover_path"), row.getString("cover_alt"),
				row.getString("cover_srcset"), row.getString("display_name"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
