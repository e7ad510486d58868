package org.vigie.identity.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Invitations to join the staff.
 */
public interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByAcceptedAtIsNullOrderByCreatedAtDesc();

}
