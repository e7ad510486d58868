package org.vigie.mobilisation.workshops;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vigie.mobilisation.people.PersonalData;

/**
 * What the workshop requests hold about the person who sent them. Erasing removes the
 * organisation's name, the contact's name, phone and message, staff notes and the
 * evaluation's free texts; the kind, region, state and figures stay, so the published
 * reach does not change. Requests never confirmed are deleted after a week.
 */
@Component
class WorkshopPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final WorkshopRequests requests;

	private final Projects projects;

	private final Evaluations evaluations;

	WorkshopPersonalData(JdbcClient jdbc, WorkshopRequests requests, Projects projects, Evaluations evaluations) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.projects = projects;
		this.evaluations = evaluations;
	}

	@Override
	public String area() {
		return "workshops";
	}

	@Override
	public List<Item> export(UUID personId) {
		List<Item> items = new ArrayList<>();
		for (WorkshopRequest request : this.requests.ofPerson(personId)) {
			String project = this.projects.byId(request.projectId()).map(Project::code).orElse("");
			items.add(new Item("mobilisation.workshops.export.request",
					project + " | " + request.organisation() + " | " + request.kind() + " | " + request.region() + " | "
							+ request.ageGroup() + " | " + request.youngPeople() + " | "
							+ request.periods().stream().map(Enum::name).collect(Collectors.joining(",")) + " | "
							+ request.language().code(),
					request.createdAt()));
			items.add(new Item("mobilisation.workshops.export.contact",
					request.contactName() + ((request.phone() != null) ? " | " + request.phone() : ""), null));
			if (request.message() != null) {
				items.add(new Item("mobilisation.workshops.export.message", request.message(), null));
			}
			items.add(new Item("mobilisation.workshops.export.state",
					request.state().name() + ((request.reachedYoung() != null)
							? " | " + request.reachedYoung() + " / " + request.reachedTeachers() : ""),
					request.confirmedAt()));
			this.evaluations.of(request.id())
				.ifPresent(
						(answer) -> items.add(
								new Item("mobilisation.workshops.export.evaluation",
										answer.usefulness() + "/5 | " + answer.recommend() + " | "
												+ nonNull(answer.takeaway()) + " | " + nonNull(answer.comment()),
										null)));
		}
		return items;
	}

	@Override
	@Transactional
	public void erase(UUID personId, Instant now) {
		List<UUID> ids = this.requests.ofPerson(personId).stream().map(WorkshopRequest::id).toList();
		for (UUID id : ids) {
			this.jdbc.sql("delete from mobilisation_workshops_note where request_id = ?").param(id).update();
			this.jdbc.sql("update mobilisation_workshops_step set reason = null where request_id = ?")
				.param(id)
				.update();
			this.jdbc.sql("""
					update mobilisation_workshops_evaluation set takeaway = null, comment_text = null
					where request_id = ?""").param(id).update();
		}
		this.jdbc.sql("""
				update mobilisation_workshops_request set person_id = null, organisation = null, contact_name = null,
					phone = null, message = null, evaluation_hash = null, dedupe_key = null, erased_at = ?
				where person_id = ?""").params(Timestamp.from(now), personId).update();
	}

	@Override
	@Transactional
	public int forgetUnconfirmed(Instant createdBefore) {
		List<UUID> ids = this.jdbc
			.sql("select id from mobilisation_workshops_request where confirmed_at is null and created_at < ?")
			.param(Timestamp.from(createdBefore))
			.query(UUID.class)
			.list();
		for (UUID id : ids) {
			this.jdbc.sql("delete from mobilisation_workshops_request where id = ? and confirmed_at is null")
				.param(id)
				.update();
		}
		return ids.size();
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
