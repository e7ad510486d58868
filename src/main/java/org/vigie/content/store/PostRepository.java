package org.vigie.content.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.vigie.site.Language;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Posts, with the queries of the public site. "Public" means not a draft and published at
 * or before the given moment.
 */
public interface PostRepository extends JpaRepository<Post, Long> {

	String PUBLIC = " p.language = :language and p.publication.status <> org.vigie.content.store.ContentStatus.DRAFT"
			+ " and p.publication.publishedAt <= :now ";

	String NEWEST_FIRST = " order by p.publication.publishedAt desc, p.id desc";

	@EntityGraph(attributePaths = "author")
	@Query("select p from Post p where" + PUBLIC + NEWEST_FIRST)
	Slice<Post> findPublic(@Param("language") Language language, @Param("now") Instant now, Pageable page);

	@Query("select count(p) from Post p where" + PUBLIC)
	long countPublic(@Param("language") Language language, @Param("now") Instant now);

	@EntityGraph(attributePaths = "author")
	@Query("select p from Post p where" + PUBLIC
			+ " and exists (select 1 from p.categories c where c.id in :categories)" + NEWEST_FIRST)
	Slice<Post> findPublicInCategories(@Param("language") Language language, @Param("now") Instant now,
			@Param("categories") Collection<Long> categories, Pageable page);

	@Query("select count(p) from Post p where" + PUBLIC
			+ " and exists (select 1 from p.categories c where c.id in :categories)")
	long countPublicInCategories(@Param("language") Language language, @Param("now") Instant now,
			@Param("categories") Collection<Long> categories);

	@EntityGraph(attributePaths = "author")
	@Query("select p from Post p where" + PUBLIC + " and exists (select 1 from p.tags t where t.id = :tag)"
			+ NEWEST_FIRST)
	Slice<Post> findPublicWithTag(@Param("language") Language language, @Param("now") Instant now,
			@Param("tag") long tag, Pageable page);

	@Query("select count(p) from Post p where" + PUBLIC + " and exists (select 1 from p.tags t where t.id = :tag)")
	long countPublicWithTag(@Param("language") Language language, @Param("now") Instant now, @Param("tag") long tag);

	@EntityGraph(attributePaths = "author")
	@Query("select p from Post p where" + PUBLIC + " and p.featured = true" + NEWEST_FIRST)
	List<Post> findFeatured(@Param("language") Language language, @Param("now") Instant now, Pageable page);

	@EntityGraph(attributePaths = "author")
	Optional<Post> findByLanguageAndSlug(Language language, String slug);

	List<Post> findByTranslationKey(String translationKey);

	/** Posts of one language for the back-office, any status. */
	@EntityGraph(attributePaths = "author")
	org.springframework.data.domain.Page<Post> findByLanguage(Language language, Pageable page);

	/** One person's posts of one language, any status. */
	@EntityGraph(attributePaths = "author")
	org.springframework.data.domain.Page<Post> findByLanguageAndOwnerId(Language language, Long ownerId, Pageable page);

	/** The posts a scheduled publication is due for. */
	List<Post> findByPublicationStatusAndPublicationPublishedAtLessThanEqual(ContentStatus status, Instant now);

	long countByPublicationStatusNot(ContentStatus status);

	/** The next older public post: the one a reader reaches by "previous". */
	@Query("select p from Post p where" + PUBLIC + " and (p.publication.publishedAt < :at"
			+ " or (p.publication.publishedAt = :at and p.id < :id))" + NEWEST_FIRST)
	List<Post> findOlder(@Param("language") Language language, @Param("now") Instant now, @Param("at") Instant at,
			@Param("id") long id, Pageable page);

	/** The next newer public post. */
	@Query("select p from Post p where" + PUBLIC + " and (p.publication.publishedAt > :at"
			+ " or (p.publication.publishedAt = :at and p.id > :id))"
			+ " order by p.publication.publishedAt asc, p.id asc")
	List<Post> findNewer(@Param("language") Language language, @Param("now") Instant now, @Param("at") Instant at,
			@Param("id") long id, Pageable page);

	/** Public posts sharing a tag or a category with a post, newest first. */
	@Query("select p from Post p where" + PUBLIC + " and p.id <> :id and (exists (select 1 from p.tags t"
			+ " where t.id in :tags) or exists (select 1 from p.categories c where c.id in :categories))"
			+ NEWEST_FIRST)
	List<Post> findNeighbours(@Param("language") Language language, @Param("now") Instant now, @Param("id") long id,
			@Param("tags") Collection<Long> tags, @Param("categories") Collection<Long> categories, Pageable page);

	@Query("select p from Post p where p.publication.status <> org.vigie.content.store.ContentStatus.DRAFT"
			+ " and p.publication.publishedAt <= :now")
	List<Post> findAllPublic(@Param("now") Instant now);

	@Query("select p.publication.publishedAt from Post p"
			+ " where p.publication.status <> org.vigie.content.store.ContentStatus.DRAFT"
			+ " and p.publication.publishedAt > :now")
	List<Instant> findUpcomingPublications(@Param("now") Instant now);

}
