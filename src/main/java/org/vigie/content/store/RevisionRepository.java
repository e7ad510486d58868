package org.vigie.content.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Revisions of posts and pages.
 */
public interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByKindAndItemIdOrderByNumberDesc(Revision.Kind kind, long itemId);

	Optional<Revision> findByKindAndItemIdAndNumber(Revision.Kind kind, long itemId, int number);

	@Query("select coalesce(max(r.number), 0) from Revision r where r.kind = :kind and r.itemId = :itemId")
	int lastNumber(Revision.Kind kind, long itemId);

	@Modifying
	@Query("delete from Revision r where r.kind = :kind and r.itemId = :itemId")
	void deleteAllOf(Revision.Kind kind, long itemId);

}
