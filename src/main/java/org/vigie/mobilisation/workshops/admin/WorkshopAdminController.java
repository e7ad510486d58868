package org.vigie.mobilisation.workshops.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.workshops.Choices;
import org.vigie.mobilisation.workshops.Choices.Region;
import org.vigie.mobilisation.workshops.Evaluations;
import org.vigie.mobilisation.workshops.Pipeline;
import org.vigie.mobilisation.workshops.Project;
import org.vigie.mobilisation.workshops.Projects;
import org.vigie.mobilisation.workshops.WorkshopPaths;
import org.vigie.mobilisation.workshops.WorkshopRefused;
import org.vigie.mobilisation.workshops.WorkshopRequest;
import org.vigie.mobilisation.workshops.WorkshopRequests;
import org.vigie.mobilisation.workshops.WorkshopState;
import org.vigie.site.FormValues;

/**
 * The list of confirmed requests (by state, project and region) and one request's page
 * with the forms that move it, record its reach and add notes. A refused change shows the
 * reason and changes nothing.
 */
@Controller
class WorkshopAdminController {

	private final WorkshopRequests requests;

	private final Projects projects;

	private final Pipeline pipeline;

	private final Evaluations evaluations;

	private final MessageSource messages;

	private final Clock clock;

	WorkshopAdminController(WorkshopRequests requests, Projects projects, Pipeline pipeline, Evaluations evaluations,
			MessageSource messages, Clock clock) {
		this.requests = requests;
		this.projects = projects;
		this.pipeline = pipeline;
		this.evaluations = evaluations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(WorkshopPaths.ADMIN)
	String list(@RequestParam(required = false) String state, @RequestParam(required = false) String project,
			@RequestParam(required = false) String region, Model model) {
		Optional<WorkshopState> chosen = WorkshopState.of(state);
		Optional<UUID> projectId = uuid(project);
		Optional<Region> inRegion = Choices.parse(Region.class, region);
		model.addAttribute("requests",
				this.requests.confirmed(new WorkshopRequests.Filter(chosen, projectId, inRegion)));
		model.addAttribute("counts", this.requests.countsByState());
		model.addAttribute("states", WorkshopState.values());
		model.addAttribute("state", chosen.orElse(null));
		model.addAttribute("project", projectId.orElse(null));
		model.addAttribute("region", inRegion.orElse(null));
		model.addAttribute("projects", this.projects.all());
		model.addAttribute("regions", Region.values());
		return "mobilisation/workshops/admin/list";
	}

	@GetMapping(WorkshopPaths.ADMIN + "/{id}")
	String request(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
		WorkshopRequest request = found(id);
		model.addAttribute("done", "saved".equals(done));
		return show(request, null, model);
	}

	@PostMapping(WorkshopPaths.ADMIN + "/{id}/move")
	String move(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		WorkshopRequest request = found(id);
		FormValues values = new FormValues(fields, 600);
		try {
			WorkshopState to = WorkshopState.of(values.text("to"))
				.orElseThrow(() -> new WorkshopRefused("mobilisation.workshops.problem.step"));
			this.pipeline.move(request.id(), to, values.text("reason"), day(values.text("scheduledOn"), false),
					me.email(), this.clock.instant());
			return "redirect:" + WorkshopPaths.admin(request.id()) + "?done=saved";
		}
		catch (WorkshopRefused refused) {
			return refused(request, refused, me, response, model);
		}
	}

	@PostMapping(WorkshopPaths.ADMIN + "/{id}/reach")
	String reach(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		WorkshopRequest request = found(id);
		FormValues values = new FormValues(fields, 20);
		try {
			this.pipeline.deliver(request.id(), day(values.text("deliveredOn"), true), number(values.text("young")),
					number(values.text("teachers")), me.email(), this.clock.instant());
			return "redirect:" + WorkshopPaths.admin(request.id()) + "?done=saved";
		}
		catch (WorkshopRefused refused) {
			return refused(request, refused, me, response, model);
		}
	}

	@PostMapping(WorkshopPaths.ADMIN + "/{id}/notes")
	String note(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		WorkshopRequest request = found(id);
		try {
			this.pipeline.note(request.id(), new FormValues(fields, 2100).text("body"), me.email(),
					this.clock.instant());
			return "redirect:" + WorkshopPaths.admin(request.id()) + "?done=saved";
		}
		catch (WorkshopRefused refused) {
			return refused(request, refused, me, response, model);
		}
	}

	private String refused(WorkshopRequest request, WorkshopRefused refused, StaffIdentity me,
			HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(this.requests.byId(request.id()).orElse(request),
				this.messages.getMessage(refused.code(), refused.arguments(), me.language().locale()), model);
	}

	private String show(WorkshopRequest request, String problem, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("project", this.projects.byId(request.projectId()).map(Project::code).orElse(""));
		model.addAttribute("steps", this.requests.steps(request.id()));
		model.addAttribute("notes", this.requests.notes(request.id()));
		model.addAttribute("evaluation", this.evaluations.of(request.id()).orElse(null));
		model.addAttribute("next", request.state().next().orElse(null));
		model.addAttribute("previous", request.state().previous().orElse(null));
		model.addAttribute("problem", problem);
		model.addAttribute("maxYoung", Pipeline.MAX_REACHED_YOUNG);
		model.addAttribute("maxTeachers", Pipeline.MAX_REACHED_TEACHERS);
		return "mobilisation/workshops/admin/request";
	}

	private WorkshopRequest found(String id) {
		return uuid(id).flatMap(this.requests::byId)
			.filter(WorkshopRequest::confirmed)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static LocalDate day(String text, boolean delivered) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new WorkshopRefused(
					delivered ? "mobilisation.workshops.problem.deliveredOn" : "mobilisation.workshops.problem.date");
		}
	}

	private static int number(String text) {
		if (!text.matches("-?[0-9]{1,7}")) {
			throw new WorkshopRefused("mobilisation.workshops.problem.reach", Pipeline.MAX_REACHED_YOUNG,
					Pipeline.MAX_REACHED_TEACHERS);
		}
		return Integer.parseInt(text);
	}

	static Optional<UUID> uuid(String text) {
		try {
			return (text != null && text.length() == 36) ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
