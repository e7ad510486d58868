package org.vigie.media.store;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Which items of other modules use which media files.
 */
public interface MediaUseRepository extends JpaRepository<MediaUse, Long> {

	List<MediaUse> findByUsedBy(String usedBy);

	List<MediaUse> findByMediaIdOrderByUsedBy(long mediaId);

	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("delete from MediaUse u where u.usedBy = :usedBy")
	void deleteByUsedBy(String usedBy);

	/** Each used file's id with how many items use it. */
	@Query("select u.mediaId, count(u) from MediaUse u group by u.mediaId")
	List<Object[]> countByMedia();

}
