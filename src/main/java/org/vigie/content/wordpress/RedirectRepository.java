package org.vigie.content.wordpress;

import org.springframework.data.jpa.repository.JpaRepository;

interface RedirectRepository extends JpaRepository<Redirect, String> {

}
