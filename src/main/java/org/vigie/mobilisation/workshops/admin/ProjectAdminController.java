package org.vigie.mobilisation.workshops.admin;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;
import org.vigie.mobilisation.workshops.Project;
import org.vigie.mobilisation.workshops.Projects;
import org.vigie.mobilisation.workshops.WorkshopPaths;
import org.vigie.mobilisation.workshops.WorkshopsDeclarations;
import org.vigie.site.FormValues;
import org.vigie.site.Language;

/**
 * The projects the request form offers: a code that never changes (published figures and
 * events use it) and a name in each language. A project is closed rather than deleted,
 * since its requests and figures stay.
 */
@Controller
class ProjectAdminController {

	private static final String PATH = WorkshopPaths.ADMIN + "/projects";

	private final Projects projects;

	private final AuditTrail audit;

	private final Clock clock;

	ProjectAdminController(Projects projects, AuditTrail audit, Clock clock) {
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("projects", this.projects.all());
		model.addAttribute("languages", Language.all());
		return "mobilisation/workshops/admin/projects";
	}

	@PostMapping(PATH)
	String add(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		FormValues values = new FormValues(fields, 200);
		String code = values.text("code");
		Map<Language, String> names = names(values);
		if (!code.matches("[a-z0-9-]{2,40}") || names == null || this.projects.byCode(code).isPresent()) {
			return refused(response, model);
		}
		this.projects.add(code, names, values.ticked("active"), this.clock.instant());
		this.audit.record(WorkshopsDeclarations.PROJECT, me.email(), "workshop-project:" + code, "added");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}")
	String update(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Project project = WorkshopAdminController.uuid(id)
			.flatMap(this.projects::byId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FormValues values = new FormValues(fields, 200);
		Map<Language, String> names = names(values);
		if (names == null) {
			return refused(response, model);
		}
		this.projects.update(project.id(), names, values.ticked("active"));
		this.audit.record(WorkshopsDeclarations.PROJECT, me.email(), "workshop-project:" + project.code(), "changed");
		return "redirect:" + PATH;
	}

	private String refused(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", true);
		return list(model);
	}

	/** The names in each language, or {@code null} when one is missing or too long. */
	private static Map<Language, String> names(FormValues values) {
		Map<Language, String> names = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			String name = values.text("name_" + language.code());
			if (name.isEmpty() || name.length() > 120 || name.chars().anyMatch((c) -> c < 0x20)) {
				return null;
			}
			names.put(language, name);
		}
		return names;
	}

}
