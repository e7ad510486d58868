package org.vigie.fundraising.reconciliation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The credits waiting for a fundraiser, oldest first, each with the promised gifts it may
 * pay: those of the same amount, the payer's name first. The candidates of a whole page
 * come from one query.
 */
@Component
class ReviewQueue {

	/** Candidates shown per line. */
	static final int CANDIDATES = 5;

	private final JdbcClient jdbc;

	ReviewQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long waiting() {
		return this.jdbc.sql("select count(*) from fundraising_statement_line where status = 'REVIEW'")
			.query(Long.class)
			.single();
	}

	Optional<StoredLine> line(long id) {
		return this.jdbc.sql("select * from fundraising_statement_line where id = ?")
			.param(id)
			.query((rs, row) -> StoredLine.of(rs))
			.optional();
	}

	/** The lines of an import that need a look: flagged, or waiting for review. */
	List<StoredLine> noteworthy(UUID importId, int limit) {
		return this.jdbc.sql("""
				select l.* from fundraising_statement_line l join fundraising_statement s on s.id = l.statement_id
				where s.import_id = ? and (l.status = 'REVIEW' or l.amount_differs) order by l.id limit ?""")
			.params(importId, limit)
			.query((rs, row) -> StoredLine.of(rs))
			.list();
	}

	/** The oldest lines waiting, with their candidates. */
	List<ReviewLine> awaiting(int limit) {
		List<StoredLine> lines = this.jdbc
			.sql("select * from fundraising_statement_line where status = 'REVIEW' order by booked_on, id limit ?")
			.param(limit)
			.query((rs, row) -> StoredLine.of(rs))
			.list();
		Map<Long, List<Candidate>> byAmount = candidates(
				lines.stream().map(StoredLine::amountCents).distinct().toList());
		List<ReviewLine> shown = new ArrayList<>();
		for (StoredLine line : lines) {
			Set<String> payer = NameKey.words(line.counterpartyName());
			List<Candidate> fitting = byAmount.getOrDefault(line.amountCents(), List.of())
				.stream()
				.sorted(Comparator.comparing((Candidate c) -> !NameKey.sameDonor(payer, c.firstName(), c.lastName()))
					.thenComparing(Candidate::promisedOn))
				.limit(CANDIDATES)
				.toList();
			shown.add(new ReviewLine(line, fitting));
		}
		return shown;
	}

	private Map<Long, List<Candidate>> candidates(List<Long> amounts) {
		Map<Long, List<Candidate>> found = new HashMap<>();
		for (List<Long> chunk : GiftLookup.chunks(amounts)) {
			this.jdbc
				.sql("""
						select g.id, g.amount_cents, g.communication, g.created_at, d.first_name, d.last_name, c.campaign_key
						from fundraising_gift g join fundraising_donor d on d.id = g.donor_id
						join fundraising_campaign c on c.id = g.campaign_id
						where g.status = 'PENDING' and g.amount_cents in (:amounts)""")
				.param("amounts", chunk)
				.query((ResultSet rs) -> {
					Candidate candidate = new Candidate(rs.getObject("id", UUID.class), rs.getLong("amount_cents"),
							rs.getString("first_name"), rs.getString("last_name"), rs.getString("campaign_key"),
							rs.getString("communication"),
							rs.getTimestamp("created_at")
								.toInstant()
								.atZone(java.time.ZoneId.of("Europe/Brussels"))
								.toLocalDate());
					found.computeIfAbsent(candidate.amountCents(), (amount) -> new ArrayList<>()).add(candidate);
				});
		}
		return found;
	}

	/**
	 * A line waiting, with the gifts it may pay.
	 *
	 * @param line the line
	 * @param candidates the promised gifts of the same amount, the payer's first
	 */
	record ReviewLine(StoredLine line, List<Candidate> candidates) {
	}

	/**
	 * A promised gift a line may pay.
	 *
	 * @param giftId the gift
	 * @param amountCents the amount promised
	 * @param firstName the donor's first name
	 * @param lastName the donor's last name
	 * @param campaignKey the campaign
	 * @param communication the gift's communication digits, or {@code null}
	 * @param promisedOn the day it was promised
	 */
	record Candidate(UUID giftId, long amountCents, String firstName, String lastName, String campaignKey,
			String communication, LocalDate promisedOn) {
	}

}
