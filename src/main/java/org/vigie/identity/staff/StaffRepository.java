package org.vigie.identity.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Staff accounts.
 */
public interface StaffRepository extends JpaRepository<StaffMember, Long> {

	Optional<StaffMember> findByEmail(String email);

}
