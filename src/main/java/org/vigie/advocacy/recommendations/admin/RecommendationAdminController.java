package org.vigie.advocacy.recommendations.admin;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.AdvocacyDeclarations;
import org.vigie.advocacy.organisations.NewsChoices;
import org.vigie.advocacy.recommendations.AddresseeStore;
import org.vigie.advocacy.recommendations.EvidenceKind;
import org.vigie.advocacy.recommendations.FollowUps;
import org.vigie.advocacy.recommendations.Origin;
import org.vigie.advocacy.recommendations.Progress;
import org.vigie.advocacy.recommendations.Recommendation;
import org.vigie.advocacy.recommendations.RecommendationDesk;
import org.vigie.advocacy.recommendations.RecommendationProblem;
import org.vigie.advocacy.recommendations.RecommendationStore;
import org.vigie.advocacy.recommendations.Response;
import org.vigie.advocacy.recommendations.Stage;
import org.vigie.advocacy.revisions.RevisionPage;
import org.vigie.advocacy.revisions.Revisions;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

/**
 * The recommendations in the back-office: the list (overdue follow-ups first), a form to
 * create one, and its edit page where staff save its fields, add a status step with its
 * evidence or a commitment, pick the news posts about it in each language, and see its
 * revisions (each one on a page of its own). A refused form answers 400 with its message
 * and the values sent, and writes nothing.
 */
@Controller
class RecommendationAdminController {

	static final String PATH = AdvocacyDeclarations.ADMIN + "/recommendations";

	private final RecommendationStore recommendations;

	private final AddresseeStore addressees;

	private final FollowUps followUps;

	private final RecommendationDesk desk;

	private final Revisions revisions;

	private final NewsChoices news;

	private final RevisionPage revisionPage;

	RecommendationAdminController(RecommendationStore recommendations, AddresseeStore addressees, FollowUps followUps,
			RecommendationDesk desk, Revisions revisions, NewsChoices news, RevisionPage revisionPage) {
		this.recommendations = recommendations;
		this.revisionPage = revisionPage;
		this.news = news;
		this.addressees = addressees;
		this.followUps = followUps;
		this.desk = desk;
		this.revisions = revisions;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("all", this.recommendations.all());
		model.addAttribute("overdue", this.recommendations.overdue(this.recommendations.today()));
		return "advocacy/recommendations/admin/list";
	}

	@GetMapping(PATH + "/new")
	String blank(Model model) {
		return form(model, null, Map.of("response", Response.NONE.name(), "progress", Progress.NO_EVIDENCE.name()),
				null);
	}

	@PostMapping(PATH)
	String create(@RequestParam Map<String, String> fields, @AuthenticationPrincipal StaffIdentity me,
			HttpServletResponse response, Model model) {
		try {
			UUID id = this.desk.create(RecommendationForms.recommendation(RecommendationForms.values(fields)),
					me.email());
			return "redirect:" + PATH + "/" + id;
		}
		catch (RecommendationProblem problem) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, null, fields, problem);
		}
	}

	@GetMapping(PATH + "/{id}")
	String edit(@PathVariable String id, Model model) {
		Recommendation one = find(id);
		return form(model, one, RecommendationForms.fields(one), null);
	}

	@PostMapping(PATH + "/{id}")
	String save(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Recommendation one = find(id);
		try {
			this.desk.save(one.id(), RecommendationForms.recommendation(RecommendationForms.values(fields)),
					me.email());
			return "redirect:" + PATH + "/" + one.id() + "?saved";
		}
		catch (RecommendationProblem problem) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, one, fields, problem);
		}
	}

	@PostMapping(PATH + "/{id}/steps")
	String step(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Recommendation one = find(id);
		try {
			this.desk.step(one.id(), RecommendationForms.step(RecommendationForms.values(fields)), me.email());
			return "redirect:" + PATH + "/" + one.id() + "?saved";
		}
		catch (RecommendationProblem problem) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("stepValues", fields);
			return form(model, one, RecommendationForms.fields(one), problem);
		}
	}

	@PostMapping(PATH + "/{id}/commitments")
	String commitment(@PathVariable String id, @RequestParam Map<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me, HttpServletResponse response, Model model) {
		Recommendation one = find(id);
		try {
			this.desk.commitment(one.id(), RecommendationForms.commitment(RecommendationForms.values(fields)),
					me.email());
			return "redirect:" + PATH + "/" + one.id() + "?saved";
		}
		catch (RecommendationProblem problem) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("commitmentValues", fields);
			return form(model, one, RecommendationForms.fields(one), problem);
		}
	}

	@PostMapping(PATH + "/{id}/news")
	String news(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
			@AuthenticationPrincipal StaffIdentity me) {
		Recommendation one = find(id);
		this.desk.news(one.id(), fields, me.email());
		return "redirect:" + PATH + "/" + one.id() + "?saved";
	}

	@GetMapping(PATH + "/{id}/revisions/{revision}")
	String revision(@PathVariable String id, @PathVariable String revision, Model model) {
		Recommendation one = find(id);
		return this.revisionPage.show(model, revision,
				(saved) -> RecommendationDesk.KIND.equals(saved.kind()) && one.id().equals(saved.subject()), one.code(),
				PATH + "/" + one.id());
	}

	private String form(Model model, Recommendation one, Map<String, String> values, RecommendationProblem problem) {
		model.addAttribute("one", one);
		model.addAttribute("values", RecommendationForms.values(values));
		model.addAttribute("problem", problem);
		model.addAttribute("origins", Origin.values());
		model.addAttribute("responses", Response.values());
		model.addAttribute("progresses", Progress.values());
		model.addAttribute("addressees", this.addressees.all());
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("stages", Stage.later());
		model.addAttribute("others",
				this.recommendations.all()
					.stream()
					.filter((other) -> one == null || !other.id().equals(one.id()))
					.toList());
		model.addAttribute("today", this.recommendations.today());
		if (one != null) {
			model.addAttribute("steps", this.followUps.steps(one.id()));
			model.addAttribute("commitments", this.followUps.commitments(one.id()));
			model.addAttribute("revisions", this.revisions.of(RecommendationDesk.KIND, one.id()));
			model.addAttribute("news", this.news.of(RecommendationDesk.KIND, one.id()));
			model.addAttribute("newsAction", PATH + "/" + one.id() + "/news");
		}
		model.addAttribute("path", PATH);
		model.addAttribute("language", Language.of(LocaleContextHolder.getLocale(), Language.EN));
		return "advocacy/recommendations/admin/edit";
	}

	private Recommendation find(String id) {
		try {
			return this.recommendations.byId(UUID.fromString(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
