package org.vigie.content.store;

import java.util.List;
import java.util.Optional;

import org.vigie.site.Language;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Categories of posts.
 */
public interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findByLanguageAndSlug(Language language, String slug);

	List<Category> findByLanguage(Language language);

	List<Category> findByTranslationKey(String translationKey);

}
