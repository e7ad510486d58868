package org.vigie.content.wordpress;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportLinkRepository extends JpaRepository<ImportLink, ImportLink.Key> {

}
