package org.vigie.reporting.handover;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The police units.
 */
interface PoliceUnitRepository extends JpaRepository<PoliceUnit, Long> {

	List<PoliceUnit> findAllByOrderByEnabledDescNameAsc();

	List<PoliceUnit> findByEnabledTrueOrderByNameAsc();

}
