package org.vigie.notifications.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	@Query("select m.id from OutboxMessage m where m.status = org.vigie.notifications.outbox.OutboxMessage.Status.PENDING"
			+ " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id")
	List<Long> findDue(@Param("now") Instant now, Pageable page);

	/**
	 * Claims a message for this node; 1 when it won the claim, 0 when another node has
	 * it.
	 */
	@Modifying
	@Query("update OutboxMessage m set m.claimedUntil = :until where m.id = :id"
			+ " and m.status = org.vigie.notifications.outbox.OutboxMessage.Status.PENDING"
			+ " and (m.claimedUntil is null or m.claimedUntil < :now)")
	int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

	/**
	 * Deletes the records of emails sent or given up before {@code before}: the
	 * recipients' addresses are not kept longer than that.
	 */
	@Modifying
	@Query("delete from OutboxMessage m where m.status <> org.vigie.notifications.outbox.OutboxMessage.Status.PENDING"
			+ " and m.createdAt < :before")
	int forgetDone(@Param("before") Instant before);

}
