package org.vigie.identity.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.criteria.Predicate;
import org.vigie.identity.AuditAction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Reads the audit trail; entries are only ever added through
 * {@link HashChainedAuditTrail}.
 */
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	/**
	 * Entries matching every filter given (a {@code null} filter matches all), newest
	 * first.
	 * @param action the action, or {@code null}
	 * @param actorPattern a case-insensitive {@code LIKE} pattern on the actor, or
	 * {@code null}
	 * @param from the earliest moment, or {@code null}
	 * @param until the moment after the latest, or {@code null}
	 * @param page the page wanted
	 * @return the page of entries
	 */
	default Page<AuditEntry> search(AuditAction action, String actorPattern, Instant from, Instant until,
			Pageable page) {
		// Predicates only for the filters given: "? is null" on PostgreSQL has no type to
		// infer.
		Specification<AuditEntry> matching = (root, query, criteria) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (action != null) {
				predicates.add(criteria.equal(root.get("action"), action));
			}
			if (actorPattern != null) {
				predicates.add(criteria.like(criteria.lower(root.get("actor")), actorPattern));
			}
			if (from != null) {
				predicates.add(criteria.greaterThanOrEqualTo(root.get("at"), from));
			}
			if (until != null) {
				predicates.add(criteria.lessThan(root.get("at"), until));
			}
			return criteria.and(predicates.toArray(Predicate[]::new));
		};
		return findAll(matching, PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("id").descending()));
	}

	@Query("select e from AuditEntry e order by e.id")
	Stream<AuditEntry> streamInOrder();

}
