package org.vigie.identity.staff;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/**
 * Staff accounts.
 */
public interface StaffRepository extends JpaRepository<StaffMember, Long> {

	Optional<StaffMember> findByEmail(String email);

	/**
	 * The account with its row locked until the transaction ends, for counting failures:
	 * concurrent wrong guesses then wait for each other, so none is lost (and none fails
	 * on the row's version).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<StaffMember> findForUpdateByEmail(String email);

	/** As {@link #findForUpdateByEmail}, by id. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<StaffMember> findForUpdateById(Long id);

}
