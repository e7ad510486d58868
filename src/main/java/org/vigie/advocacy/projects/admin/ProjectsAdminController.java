package org.vigie.advocacy.projects.admin;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.organisations.NewsChoices;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.projects.FigureDraft;
import org.vigie.advocacy.projects.FigureSource;
import org.vigie.advocacy.projects.FigureStore;
import org.vigie.advocacy.projects.PartnerRole;
import org.vigie.advocacy.projects.Project;
import org.vigie.advocacy.projects.ProjectDraft;
import org.vigie.advocacy.projects.ProjectStatus;
import org.vigie.advocacy.projects.ProjectStore;
import org.vigie.advocacy.revisions.RevisionPage;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.identity.AuditTrail;
import org.vigie.identity.StaffIdentity;

/**
 * Projects in the back-office: the list, a project's form (texts in three languages,
 * status, dates, countries, partners) and, on its page, its figures (add or replace one
 * audience's figures for a period, remove one). Everything is checked before anything is
 * written; a save writes the project, a revision and an audit entry in one transaction.
 * Each saved version has a read-only page of its own.
 */
@Controller
class ProjectsAdminController {

	static final String KIND = "project";

	/** The kind of news links of a project (as its public page reads them). */
	static final String NEWS_KIND = "project";

	private final ProjectStore projects;

	private final FigureStore figures;

	private final OrganisationStore organisations;

	private final Revisions revisions;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final NewsChoices news;

	private final RevisionPage revisionPage;

	private final Clock clock;

	ProjectsAdminController(ProjectStore projects, FigureStore figures, OrganisationStore organisations,
			Revisions revisions, AuditTrail audit, TransactionTemplate transactions, NewsChoices news,
			RevisionPage revisionPage, Clock clock) {
		this.news = news;
		this.revisionPage = revisionPage;
		this.projects = projects;
		this.figures = figures;
		this.organisations = organisations;
		this.revisions = revisions;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping(ProjectForms.HOME)
	String list(Model model) {
		model.addAttribute("projects", this.projects.all());
		return "advocacy/projects/admin/list";
	}

	@GetMapping(ProjectForms.HOME + "/new")
	String newProject(Model model) {
		return form(null, Map.of("status", "RUNNING"), null, Map.of(), null, model);
	}

	@GetMapping(ProjectForms.HOME + "/{id}")
	String edit(@PathVariable String id, @RequestParam(required = false) String saved, Model model) {
		Project project = project(id);
		model.addAttribute("saved", saved);
		return form(project, ProjectForms.values(project), null, Map.of(), null, model);
	}

	@PostMapping({ ProjectForms.HOME + "/new", ProjectForms.HOME + "/{id}" })
	String save(@PathVariable(required = false) String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Project existing = (id != null) ? project(id) : null;
		UUID existingId = (existing != null) ? existing.id() : null;
		Map<String, String> values = ProjectForms.kept(fields);
		try {
			ProjectDraft checked = this.projects.check(existingId, ProjectForms.project(values));
			UUID saved = this.transactions.execute((status) -> {
				UUID savedId = this.projects.save(existingId, checked, this.clock.instant());
				this.revisions.record(KIND, savedId, checked.snapshot(), (existing == null) ? "created" : "edited",
						me.email(), this.clock.instant());
				this.audit.record(ProjectStore.SAVED, me.email(), checked.code(), null);
				return savedId;
			});
			return "redirect:" + ProjectForms.HOME + "/" + saved + "?saved=project";
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(existing, values, refused, Map.of(), null, model);
		}
	}

	@PostMapping(ProjectForms.HOME + "/{id}/figures")
	String saveFigure(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Project project = project(id);
		Map<String, String> values = ProjectForms.kept(fields);
		try {
			FigureDraft checked = this.figures.check(ProjectForms.figure(values));
			this.transactions.executeWithoutResult((status) -> {
				UUID figure = this.figures.save(project.id(), checked);
				this.revisions.record(KIND, project.id(), checked.snapshot(), "figure saved", me.email(),
						this.clock.instant());
				this.audit.record(FigureStore.SAVED, me.email(), project.code(), figure.toString());
			});
			return "redirect:" + ProjectForms.HOME + "/" + project.id() + "?saved=figure";
		}
		catch (Refused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(project, ProjectForms.values(project), null, values, refused, model);
		}
	}

	@PostMapping(ProjectForms.HOME + "/{id}/figures/{figure}/remove")
	String removeFigure(@PathVariable String id, @PathVariable String figure,
			@AuthenticationPrincipal StaffIdentity me) {
		Project project = project(id);
		UUID figureId = uuid(figure);
		boolean removed = Boolean.TRUE.equals(this.transactions.execute((status) -> {
			boolean done = this.figures.remove(project.id(), figureId);
			if (done) {
				this.revisions.record(KIND, project.id(), Map.of("figure", figureId.toString()), "figure removed",
						me.email(), this.clock.instant());
				this.audit.record(FigureStore.REMOVED, me.email(), project.code(), figureId.toString());
			}
			return done;
		}));
		if (!removed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:" + ProjectForms.HOME + "/" + project.id() + "?saved=removed";
	}

	@PostMapping(ProjectForms.HOME + "/{id}/news")
	String news(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me) {
		Project project = project(id);
		this.transactions.executeWithoutResult((status) -> {
			Map<String, Object> linked = this.news.link(NEWS_KIND, project.id(), fields);
			this.revisions.record(KIND, project.id(), linked, "news links", me.email(), this.clock.instant());
			this.audit.record(ProjectStore.SAVED, me.email(), project.code(), "news links");
		});
		return "redirect:" + ProjectForms.HOME + "/" + project.id() + "?saved=news";
	}

	@GetMapping(ProjectForms.HOME + "/{id}/revisions/{revision}")
	String revision(@PathVariable String id, @PathVariable String revision, Model model) {
		Project project = project(id);
		return this.revisionPage.show(model, revision,
				(saved) -> KIND.equals(saved.kind()) && project.id().equals(saved.subject()), project.code(),
				ProjectForms.HOME + "/" + project.id());
	}

	private String form(Project project, Map<String, String> values, Refused problem, Map<String, String> figure,
			Refused figureProblem, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("values", new LinkedHashMap<>(values));
		model.addAttribute("problem", problem);
		model.addAttribute("figure", new LinkedHashMap<>(figure));
		model.addAttribute("figureProblem", figureProblem);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("roles", PartnerRole.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("sources", FigureSource.values());
		model.addAttribute("organisations", this.organisations.all());
		int partners = (int) values.keySet().stream().filter((name) -> name.startsWith("partner_")).count();
		model.addAttribute("partnerRows",
				java.util.stream.IntStream.range(0, partners + ProjectForms.SPARE_PARTNERS).boxed().toList());
		model.addAttribute("action",
				(project != null) ? ProjectForms.HOME + "/" + project.id() : ProjectForms.HOME + "/new");
		model.addAttribute("revisions", (project != null) ? this.revisions.of(KIND, project.id()) : List.of());
		if (project != null) {
			model.addAttribute("news", this.news.of(NEWS_KIND, project.id()));
			model.addAttribute("newsAction", ProjectForms.HOME + "/" + project.id() + "/news");
		}
		return "advocacy/projects/admin/edit";
	}

	private Project project(String id) {
		return this.projects.byId(uuid(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
