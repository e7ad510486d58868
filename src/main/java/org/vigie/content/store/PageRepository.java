package org.vigie.content.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.vigie.site.Language;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Pages of the site.
 */
public interface PageRepository extends JpaRepository<Page, Long> {

	List<Page> findByTranslationKey(String translationKey);

	Optional<Page> findByLanguageAndSlug(Language language, String slug);

	/** A page with its sections, in one query: what its public page shows. */
	@Query("select p from Page p left join fetch p.sections where p.id = :id")
	Optional<Page> findWithSections(Long id);

	/** Pages of one language for the back-office, any status, in menu order. */
	@Query("select p from Page p left join fetch p.parent where p.language = :language order by p.position, p.title")
	List<Page> findByLanguageInOrder(@Param("language") Language language);

	/** The pages a scheduled publication is due for. */
	List<Page> findByPublicationStatusAndPublicationPublishedAtLessThanEqual(ContentStatus status, Instant now);

	long countByPublicationStatusNot(ContentStatus status);

	/**
	 * Every public page, all languages, parents before their children is not guaranteed.
	 */
	@Query("select p from Page p left join fetch p.parent"
			+ " where p.publication.status <> org.vigie.content.store.ContentStatus.DRAFT"
			+ " and p.publication.publishedAt <= :now order by p.position, p.title")
	List<Page> findAllPublic(@Param("now") Instant now);

	@Query("select p.publication.publishedAt from Page p"
			+ " where p.publication.status <> org.vigie.content.store.ContentStatus.DRAFT"
			+ " and p.publication.publishedAt > :now")
	List<Instant> findUpcomingPublications(@Param("now") Instant now);

}
