package org.vigie.content.wordpress;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportLinkRepository extends JpaRepository<ImportLink, ImportLink.Key> {

	/** What an earlier import of this site made of a WordPress item or term. */
	default Optional<ImportLink> find(String site, String kind, long wpId) {
		return findById(new ImportLink.Key(site, kind, wpId));
	}

	/** Remembers, or updates, what the import made of a WordPress item or term. */
	default void remember(String site, String kind, long wpId, long vigieId, String checksum,
			Optional<ImportLink> link) {
		if (link.isPresent()) {
			link.get().update(vigieId, checksum);
		}
		else {
			save(new ImportLink(site, kind, wpId, vigieId, checksum));
		}
	}

}
