package org.vigie.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vigie.content.store.NewsRows.Counted;
import org.vigie.content.store.NewsRows.Detail;
import org.vigie.content.store.NewsRows.Link;
import org.vigie.content.store.NewsRows.Summary;
import org.vigie.content.store.NewsRows.Taxon;
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

	/** The listing's size, counted before the page is cut: one query instead of two. */
	private static final String TOTAL = ", count(*) over () as total";

	private final JdbcClient jdbc;

	PublicNews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the news in a language, with their count. */
	public Counted latest(Language language, Instant now, int offset, int limit) {
		return counted(summaries(SUMMARY + TOTAL + FROM + IN_LANGUAGE + NEWEST_FIRST + PAGE, language, now), offset,
				limit);
	}

	/** A page of the posts in any of these categories, with their count. */
	public Counted inCategories(Language language, Instant now, Collection<Long> categories, int offset, int limit) {
		return counted(
				summaries(SUMMARY + TOTAL + FROM + IN_LANGUAGE + IN_CATEGORIES + NEWEST_FIRST + PAGE, language, now)
					.param("categories", categories),
				offset, limit);
	}

	/** A page of the posts with this tag, with their count. */
	public Counted withTag(Language language, Instant now, long tag, int offset, int limit) {
		return counted(summaries(SUMMARY + TOTAL + FROM + IN_LANGUAGE + WITH_TAG + NEWEST_FIRST + PAGE, language, now)
			.param("tag", tag), offset, limit);
	}

	/** The category at this address, with its addresses in other languages. */
	public Optional<Taxon> category(Language language, String slug) {
		return taxon("select c.id, c.name, c.description, t.lang as other_lang, t.slug as other_slug"
				+ " from content_category c join content_category t on t.translation_key = c.translation_key"
				+ " where c.lang = :language and c.slug = :slug", language, slug);
	}

	/** The tag at this address, with its addresses in other languages. */
	public Optional<Taxon> tag(Language language, String slug) {
		return taxon("select c.id, c.name, null as description, t.lang as other_lang, t.slug as other_slug"
				+ " from content_tag c join content_tag t on t.translation_key = c.translation_key"
				+ " where c.lang = :language and c.slug = :slug", language, slug);
	}

	/** A category and every category below it, at any depth. */
	public Set<Long> categoryWithDescendants(long category) {
		return new HashSet<>(this.jdbc
			.sql("with recursive below(id) as (select id from content_category where id = :category union all"
					+ " select c.id from content_category c join below b on c.parent_id = b.id) select id from below")
			.param("category", category)
			.query(Long.class)
			.list());
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

	private static Counted counted(JdbcClient.StatementSpec query, int offset, int limit) {
		long[] total = { 0 };
		List<Summary> rows = query.param("offset", offset).param("limit", limit).query((row, number) -> {
			total[0] = row.getLong("total");
			return summary(row, number);
		}).list();
		return new Counted(rows, total[0]);
	}

	/** One row per translation of the term, the term itself included. */
	private Optional<Taxon> taxon(String sql, Language language, String slug) {
		List<Taxon> rows = this.jdbc.sql(sql)
			.param("language", language.code())
			.param("slug", slug)
			.query((row, number) -> {
				String otherSlug = row.getString("other_slug");
				return new Taxon(row.getLong("id"), row.getString("name"), row.getString("description"),
						Language.fromCode(row.getString("other_lang"))
							.map((other) -> Map.of(other, otherSlug))
							.orElse(Map.of()));
			})
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<Language, String> slugs = new EnumMap<>(Language.class);
		rows.forEach((row) -> slugs.putAll(row.slugs()));
		Taxon first = rows.get(0);
		return Optional.of(new Taxon(first.id(), first.name(), first.description(), slugs));
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
