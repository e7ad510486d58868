package org.vigie.content.store;

import java.util.List;
import java.util.Optional;

import org.vigie.site.Language;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Tags of posts.
 */
public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findByLanguageAndSlug(Language language, String slug);

	List<Tag> findByTranslationKey(String translationKey);

}
