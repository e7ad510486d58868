package org.vigie.media.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.vigie.media.MediaFile;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The media library.
 */
public interface MediaRepository extends JpaRepository<Media, Long> {

	List<Media> findTop200ByOrderByUploadedAtDescIdDesc();

	List<Media> findTop200ByKindOrderByUploadedAtDescIdDesc(MediaFile.Kind kind);

	List<Media> findByStorageKeyIn(Collection<String> storageKeys);

	Optional<Media> findByStorageKey(String storageKey);

}
