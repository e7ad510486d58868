package org.vigie.content.wordpress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportJobRepository extends JpaRepository<ImportJob, Long> {

	List<ImportJob> findTop20ByOrderByStartedAtDescIdDesc();

}
