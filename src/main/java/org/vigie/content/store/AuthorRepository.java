package org.vigie.content.store;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Authors of posts.
 */
public interface AuthorRepository extends JpaRepository<Author, Long> {

	Optional<Author> findBySlug(String slug);

	Optional<Author> findByStaffId(long staffId);

}
