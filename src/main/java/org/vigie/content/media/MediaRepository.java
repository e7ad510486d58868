package org.vigie.content.media;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The media library.
 */
public interface MediaRepository extends JpaRepository<Media, Long> {

	List<Media> findTop200ByOrderByUploadedAtDescIdDesc();

	List<Media> findTop200ByKindOrderByUploadedAtDescIdDesc(Media.Kind kind);

	Optional<Media> findByStorageKey(String storageKey);

}
