package org.vigie.reporting.handover;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Where the organisation's hand-over signing key is kept.
 */
interface SigningKeyRepository extends JpaRepository<SigningKeyRecord, Integer> {

}
