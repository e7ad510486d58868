package org.vigie.identity.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Recovery codes of the second factor.
 */
interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	Optional<RecoveryCode> findByStaffIdAndCodeHash(long staffId, String codeHash);

	@Modifying
	@Query("delete from RecoveryCode c where c.staffId = :staffId")
	void deleteByStaffId(long staffId);

}
