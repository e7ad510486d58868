package org.vigie.mobilisation.workshops;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.workshops.Choices.AgeGroup;
import org.vigie.mobilisation.workshops.Choices.Kind;
import org.vigie.mobilisation.workshops.Choices.Period;
import org.vigie.mobilisation.workshops.Choices.Region;
import org.vigie.site.Language;

/**
 * Reads workshop requests: one by id, the staff's list (confirmed requests only: one
 * never confirmed is not the staff's business), their history and notes.
 */
@Component
public class WorkshopRequests {

	private static final String SELECT = """
			select id, project_id, person_id, organisation, kind, region, age_group, young_people, periods, language,
			contact_name, phone, message, state, scheduled_on, delivered_on, reached_young, reached_teachers,
			created_at, confirmed_at from mobilisation_workshops_request""";

	private final JdbcClient jdbc;

	WorkshopRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<WorkshopRequest> byId(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(WorkshopRequests::request).optional();
	}

	/** The requests of a person, oldest first. */
	public List<WorkshopRequest> ofPerson(UUID personId) {
		return this.jdbc.sql(SELECT + " where person_id = ? order by created_at")
			.param(personId)
			.query(WorkshopRequests::request)
			.list();
	}

	/**
	 * Confirmed requests matching the filter, oldest first within their state.
	 * @param filter what to keep; its empty parts keep everything
	 */
	public List<WorkshopRequest> confirmed(Filter filter) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where confirmed_at is not null");
		List<Object> params = new ArrayList<>();
		filter.state().ifPresent((state) -> {
			sql.append(" and state = ?");
			params.add(state.name());
		});
		filter.projectId().ifPresent((project) -> {
			sql.append(" and project_id = ?");
			params.add(project);
		});
		filter.region().ifPresent((region) -> {
			sql.append(" and region = ?");
			params.add(region.name());
		});
		sql.append(" order by created_at limit 500");
		return this.jdbc.sql(sql.toString()).params(params).query(WorkshopRequests::request).list();
	}

	/** How many confirmed requests are in each state. */
	public Map<WorkshopState, Integer> countsByState() {
		Map<WorkshopState, Integer> counts = new EnumMap<>(WorkshopState.class);
		Arrays.stream(WorkshopState.values()).forEach((state) -> counts.put(state, 0));
		this.jdbc.sql("""
				select state, count(*) as n from mobilisation_workshops_request
				where confirmed_at is not null group by state""")
			.query((rs, row) -> counts.put(WorkshopState.valueOf(rs.getString("state")), rs.getInt("n")))
			.list();
		return counts;
	}

	/** A request's moves, oldest first. */
	public List<Step> steps(UUID requestId) {
		return this.jdbc.sql("""
				select from_state, to_state, reason, actor, moved_at from mobilisation_workshops_step
				where request_id = ? order by id""")
			.param(requestId)
			.query((rs, row) -> new Step(WorkshopState.valueOf(rs.getString("from_state")),
					WorkshopState.valueOf(rs.getString("to_state")), rs.getString("reason"), rs.getString("actor"),
					rs.getTimestamp("moved_at").toInstant()))
			.list();
	}

	/** A request's notes, oldest first. */
	public List<Note> notes(UUID requestId) {
		return this.jdbc.sql("""
				select author, body, written_at from mobilisation_workshops_note
				where request_id = ? order by id""")
			.param(requestId)
			.query((rs, row) -> new Note(rs.getString("author"), rs.getString("body"),
					rs.getTimestamp("written_at").toInstant()))
			.list();
	}

	private static WorkshopRequest request(ResultSet rs, int row) throws SQLException {
		List<Period> periods = Arrays.stream(rs.getString("periods").split(","))
			.flatMap((name) -> Choices.parse(Period.class, name).stream())
			.toList();
		Date scheduled = rs.getDate("scheduled_on");
		Date delivered = rs.getDate("delivered_on");
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new WorkshopRequest(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getString("organisation"), Kind.valueOf(rs.getString("kind")),
				Region.valueOf(rs.getString("region")), AgeGroup.valueOf(rs.getString("age_group")),
				rs.getInt("young_people"), periods, Language.fromCode(rs.getString("language")).orElse(Language.FR),
				rs.getString("contact_name"), rs.getString("phone"), rs.getString("message"),
				WorkshopState.valueOf(rs.getString("state")), (scheduled != null) ? scheduled.toLocalDate() : null,
				(delivered != null) ? delivered.toLocalDate() : null, (Integer) rs.getObject("reached_young"),
				(Integer) rs.getObject("reached_teachers"), rs.getTimestamp("created_at").toInstant(),
				(confirmed != null) ? confirmed.toInstant() : null);
	}

	/**
	 * What the staff's list keeps.
	 *
	 * @param state only this state
	 * @param projectId only this project
	 * @param region only this region
	 */
	public record Filter(Optional<WorkshopState> state, Optional<UUID> projectId, Optional<Region> region) {
	}

	/**
	 * One move of a request.
	 *
	 * @param from the state it left
	 * @param to the state it reached
	 * @param reason why it went back, or a short word
	 * @param actor who moved it
	 * @param at when
	 */
	public record Step(WorkshopState from, WorkshopState to, String reason, String actor, Instant at) {
	}

	/**
	 * A staff note on a request.
	 *
	 * @param author who wrote it
	 * @param body what it says
	 * @param at when
	 */
	public record Note(String author, String body, Instant at) {
	}

}
