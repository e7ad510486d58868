package org.vigie.mobilisation.workshops;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.identity.AuditTrail;
import org.vigie.mobilisation.WorkshopDelivered;
import org.vigie.site.SiteProperties;

/**
 * Staff's changes to a confirmed request: one step forward, or back one step with a
 * reason; the day of a scheduled workshop; the reach of a delivered one (which publishes
 * {@link WorkshopDelivered}, again with the new figures on a correction); notes. Each
 * change is audited without personal data; refused changes change nothing.
 */
@Component
public class Pipeline {

	/** The most young people one workshop can plausibly reach. */
	public static final int MAX_REACHED_YOUNG = 1000;

	/** The most teachers and educators one workshop can plausibly reach. */
	public static final int MAX_REACHED_TEACHERS = 200;

	private final JdbcClient jdbc;

	private final WorkshopRequests requests;

	private final Projects projects;

	private final Evaluations evaluations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final SiteProperties site;

	Pipeline(JdbcClient jdbc, WorkshopRequests requests, Projects projects, Evaluations evaluations, AuditTrail audit,
			ApplicationEventPublisher events, SiteProperties site) {
		this.site = site;
		this.jdbc = jdbc;
		this.requests = requests;
		this.projects = projects;
		this.evaluations = evaluations;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Moves a request one step forward (to scheduled with its day) or back (with a
	 * reason). Delivering goes through {@link #deliver}.
	 */
	@Transactional
	public void move(UUID id, WorkshopState to, String reason, LocalDate scheduledOn, String actor, Instant now) {
		WorkshopRequest request = confirmed(id);
		WorkshopState from = request.state();
		boolean forward = from.next().filter(to::equals).isPresent();
		boolean back = from.previous().filter(to::equals).isPresent();
		if (!forward && !back) {
			throw new WorkshopRefused("mobilisation.workshops.problem.step");
		}
		if (forward && to == WorkshopState.DELIVERED) {
			throw new WorkshopRefused("mobilisation.workshops.problem.reachNeeded");
		}
		if (back && (reason == null || reason.isBlank())) {
			throw new WorkshopRefused("mobilisation.workshops.problem.reason");
		}
		if (to == WorkshopState.SCHEDULED && forward && scheduledOn == null) {
			throw new WorkshopRefused("mobilisation.workshops.problem.date");
		}
		text(reason, 500);
		int changed = this.jdbc
			.sql("update mobilisation_workshops_request set state = ?, changed_at = ? where id = ? and state = ?")
			.params(to.name(), Timestamp.from(now), id, from.name())
			.update();
		if (changed == 1 && scheduledOn != null && to == WorkshopState.SCHEDULED) {
			this.jdbc.sql("update mobilisation_workshops_request set scheduled_on = ? where id = ?")
				.params(date(scheduledOn), id)
				.update();
		}
		if (changed == 0) {
			throw new WorkshopRefused("mobilisation.workshops.problem.stale");
		}
		step(id, from, to, blankToNull(reason), actor, now);
		if (from == WorkshopState.DELIVERED && back) {
			publish(request, request.deliveredOn(), 0, 0, now);
		}
	}

	/**
	 * Records the reach of a workshop that took place: moves a scheduled request to
	 * delivered and sends the evaluation, or corrects the figures of a delivered one.
	 */
	@Transactional
	public void deliver(UUID id, LocalDate deliveredOn, int young, int teachers, String actor, Instant now) {
		WorkshopRequest request = confirmed(id);
		if (young < 0 || teachers < 0 || young > MAX_REACHED_YOUNG || teachers > MAX_REACHED_TEACHERS
				|| young + teachers == 0) {
			throw new WorkshopRefused("mobilisation.workshops.problem.reach", MAX_REACHED_YOUNG, MAX_REACHED_TEACHERS);
		}
		if (deliveredOn == null || deliveredOn.isAfter(LocalDate.ofInstant(now, this.site.timeZone()))
				|| deliveredOn.isBefore(request.createdAt().atZone(this.site.timeZone()).toLocalDate().minusYears(1))) {
			throw new WorkshopRefused("mobilisation.workshops.problem.deliveredOn");
		}
		if (request.state() != WorkshopState.SCHEDULED && !request.state().delivered()) {
			throw new WorkshopRefused("mobilisation.workshops.problem.step");
		}
		WorkshopState to = request.state().delivered() ? request.state() : WorkshopState.DELIVERED;
		int changed = this.jdbc.sql("""
				update mobilisation_workshops_request set state = ?, delivered_on = ?, reached_young = ?,
					reached_teachers = ?, changed_at = ?
				where id = ? and state = ?""")
			.params(to.name(), date(deliveredOn), young, teachers, Timestamp.from(now), id, request.state().name())
			.update();
		if (changed == 0) {
			throw new WorkshopRefused("mobilisation.workshops.problem.stale");
		}
		if (to != request.state()) {
			step(id, request.state(), to, null, actor, now);
		}
		this.audit.record(WorkshopsDeclarations.REACH, actor, target(id),
				young + " young people, " + teachers + " teachers" + ((to == request.state()) ? " (correction)" : ""));
		publish(request, deliveredOn, young, teachers, now);
		if (to == WorkshopState.DELIVERED) {
			this.projects.byId(request.projectId()).ifPresent((project) -> this.evaluations.invite(request, project));
		}
	}

	/** Adds a note to a request. */
	@Transactional
	public void note(UUID id, String body, String actor, Instant now) {
		confirmed(id);
		if (body == null || body.isBlank()) {
			throw new WorkshopRefused("mobilisation.workshops.problem.note");
		}
		text(body, 2000);
		this.jdbc.sql("""
				insert into mobilisation_workshops_note (request_id, author, body, written_at)
				values (?, ?, ?, ?)""").params(id, actor, body.strip(), Timestamp.from(now)).update();
		this.audit.record(WorkshopsDeclarations.NOTE, actor, target(id), null);
	}

	private WorkshopRequest confirmed(UUID id) {
		return this.requests.byId(id)
			.filter(WorkshopRequest::confirmed)
			.orElseThrow(() -> new WorkshopRefused("mobilisation.workshops.problem.unknown"));
	}

	private void step(UUID id, WorkshopState from, WorkshopState to, String reason, String actor, Instant now) {
		this.jdbc.sql("""
				insert into mobilisation_workshops_step (request_id, from_state, to_state, reason, actor, moved_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, from.name(), to.name(), reason, actor, Timestamp.from(now))
			.update();
		this.audit.record(WorkshopsDeclarations.MOVED, actor, target(id), from + " -> " + to);
	}

	private void publish(WorkshopRequest request, LocalDate deliveredOn, int young, int teachers, Instant now) {
		String code = this.projects.byId(request.projectId()).map(Project::code).orElse("");
		this.events.publishEvent(
				new WorkshopDelivered(request.id(), code, deliveredOn, request.region().name(), young, teachers, now));
	}

	private static void text(String text, int limit) {
		if (text != null && (text.length() > limit
				|| text.chars().anyMatch((c) -> (c < 0x20 && c != '\n' && c != '\r') || c == 0x7f))) {
			throw new WorkshopRefused("mobilisation.workshops.problem.text", limit);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	private static String target(UUID id) {
		return "workshop-request:" + id;
	}

}
