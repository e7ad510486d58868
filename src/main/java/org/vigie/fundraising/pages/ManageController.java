package org.vigie.fundraising.pages;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.web.GiveThrottle;
import org.vigie.site.Language;

/**
 * "Manage my page": the form that emails an owner a link to edit each of their pages
 * (answering the same whether the address has a page or not), and the pages the emailed
 * links open: one publishes a page just created, the other edits its story and goal or
 * hides it. Following a link takes a button press (a mail scanner fetching the link
 * changes nothing), and a link works once.
 */
@Controller
class ManageController {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

	private final PageScreens screens;

	private final PageRequests requests;

	ManageController(PageScreens screens, PageRequests requests) {
		this.screens = screens;
		this.requests = requests;
	}

	@GetMapping({ "/fr/soutenir/{campaign}/gerer-ma-page", "/nl/steunen/{campaign}/mijn-pagina-beheren",
			"/en/support/{campaign}/manage-my-page" })
	String manage(Language language, @PathVariable("campaign") String slug, @RequestParam(required = false) String sent,
			@RequestParam(required = false) String hidden, Model model) {
		Campaign campaign = this.screens.event(language, slug);
		model.addAttribute("sent", sent != null);
		model.addAttribute("hidden", hidden != null);
		return manageForm(language, campaign, "", null, model);
	}

	@PostMapping({ "/fr/soutenir/{campaign}/gerer-ma-page", "/nl/steunen/{campaign}/mijn-pagina-beheren",
			"/en/support/{campaign}/manage-my-page" })
	String ask(Language language, @PathVariable("campaign") String slug, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Campaign campaign = this.screens.event(language, slug);
		model.addAttribute("sent", false);
		model.addAttribute("hidden", false);
		String refusal = this.screens.refusal(request, response, sent.get("token"), "page-manage|" + campaign.id(),
				GiveThrottle.Bucket.CLIENT_EMAILS);
		if (refusal != null) {
			return manageForm(language, campaign, "", refusal, model);
		}
		String email = sent.getOrDefault("email", "").strip();
		if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return manageForm(language, campaign, (email.length() > 200) ? "" : email,
					"fundraising.pages.problem.manageEmail", model);
		}
		this.requests.askEdit(campaign, email, language, this.screens.now());
		return "redirect:" + PagePaths.manage(language, campaign) + "?sent";
	}

	@GetMapping({ "/fr/soutenir/{campaign}/gerer-ma-page/publier",
			"/nl/steunen/{campaign}/mijn-pagina-beheren/publiceren", "/en/support/{campaign}/manage-my-page/publish" })
	String publishing(Language language, @PathVariable("campaign") String slug,
			@RequestParam(name = "t", required = false) String link, HttpServletResponse response, Model model) {
		Campaign campaign = this.screens.event(language, slug);
		Optional<RunnerPage> page = this.requests.peek(link, PageLinks.Purpose.PUBLISH, campaign.id(),
				this.screens.now());
		if (page.isEmpty()) {
			return badLink(language, campaign, response, model);
		}
		this.screens.layout(model, language, campaign, this.screens.text("fundraising.pages.publish.title", language),
				(other) -> PagePaths.publish(other, campaign));
		model.addAttribute("page", page.get());
		model.addAttribute("link", link);
		model.addAttribute("action", PagePaths.publish(language, campaign));
		model.addAttribute("token", this.screens.token("page-publish|" + campaign.id()));
		return "fundraising/pages/publish";
	}

	@PostMapping({ "/fr/soutenir/{campaign}/gerer-ma-page/publier",
			"/nl/steunen/{campaign}/mijn-pagina-beheren/publiceren", "/en/support/{campaign}/manage-my-page/publish" })
	String publish(Language language, @PathVariable("campaign") String slug,
			@RequestParam(name = "t", required = false) String link, @RequestParam(required = false) String token,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Campaign campaign = this.screens.event(language, slug);
		if (this.requests.peek(link, PageLinks.Purpose.PUBLISH, campaign.id(), this.screens.now()).isEmpty()) {
			return badLink(language, campaign, response, model);
		}
		String refusal = this.screens.refusal(request, response, token, "page-publish|" + campaign.id(),
				GiveThrottle.Bucket.CLIENT_FORMS, false);
		if (refusal != null) {
			model.addAttribute("sent", false);
			model.addAttribute("hidden", false);
			return manageForm(language, campaign, "", refusal, model);
		}
		return this.requests.publish(link, campaign.id(), this.screens.now())
			.map((page) -> "redirect:" + PagePaths.page(language, campaign, page.slug()))
			.orElseGet(() -> badLink(language, campaign, response, model));
	}

	@GetMapping({ "/fr/soutenir/{campaign}/gerer-ma-page/modifier",
			"/nl/steunen/{campaign}/mijn-pagina-beheren/bewerken", "/en/support/{campaign}/manage-my-page/edit" })
	String editing(Language language, @PathVariable("campaign") String slug,
			@RequestParam(name = "t", required = false) String link, HttpServletResponse response, Model model) {
		Campaign campaign = this.screens.event(language, slug);
		return this.requests.peek(link, PageLinks.Purpose.EDIT, campaign.id(), this.screens.now())
			.map((page) -> editForm(language, campaign, page, EditForm.of(page), link, null, model))
			.orElseGet(() -> badLink(language, campaign, response, model));
	}

	@PostMapping({ "/fr/soutenir/{campaign}/gerer-ma-page/modifier",
			"/nl/steunen/{campaign}/mijn-pagina-beheren/bewerken", "/en/support/{campaign}/manage-my-page/edit" })
	String edit(Language language, @PathVariable("campaign") String slug, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Campaign campaign = this.screens.event(language, slug);
		String link = sent.get("t");
		Optional<RunnerPage> page = this.requests.peek(link, PageLinks.Purpose.EDIT, campaign.id(), this.screens.now());
		if (page.isEmpty()) {
			return badLink(language, campaign, response, model);
		}
		String refusal = this.screens.refusal(request, response, sent.get("token"), "page-edit|" + page.get().id(),
				GiveThrottle.Bucket.CLIENT_FORMS);
		if (refusal != null) {
			return editForm(language, campaign, page.get(), EditForm.of(page.get()), link, refusal, model);
		}
		EditForm form = EditForm.read(sent);
		if (!form.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return editForm(language, campaign, page.get(), form, link, "fundraising.pages.problem.fields", model);
		}
		return this.requests.edit(link, campaign.id(), form, this.screens.now())
			.map((saved) -> saved.hidden() ? "redirect:" + PagePaths.manage(language, campaign) + "?hidden"
					: "redirect:" + PagePaths.page(language, campaign, saved.slug()))
			.orElseGet(() -> badLink(language, campaign, response, model));
	}

	private String manageForm(Language language, Campaign campaign, String email, String problem, Model model) {
		this.screens.layout(model, language, campaign, this.screens.text("fundraising.pages.manage.title", language),
				(other) -> PagePaths.manage(other, campaign));
		model.addAttribute("email", email);
		model.addAttribute("problem", (problem != null) ? this.screens.text(problem, language) : null);
		model.addAttribute("action", PagePaths.manage(language, campaign));
		model.addAttribute("createPath", PagePaths.create(language, campaign));
		model.addAttribute("token", this.screens.token("page-manage|" + campaign.id()));
		return "fundraising/pages/manage";
	}

	private String editForm(Language language, Campaign campaign, RunnerPage page, EditForm form, String link,
			String problem, Model model) {
		this.screens.layout(model, language, campaign, this.screens.text("fundraising.pages.edit.title", language),
				(other) -> PagePaths.edit(other, campaign));
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("link", link);
		model.addAttribute("problem", (problem != null) ? this.screens.text(problem, language) : null);
		model.addAttribute("action", PagePaths.edit(language, campaign));
		model.addAttribute("token", this.screens.token("page-edit|" + page.id()));
		model.addAttribute("storyMax", PageForm.STORY_MAX);
		model.addAttribute("goalMin", PageForm.GOAL_MIN_EUROS);
		model.addAttribute("goalMax", PageForm.GOAL_MAX_EUROS);
		return "fundraising/pages/edit";
	}

	private String badLink(Language language, Campaign campaign, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("sent", false);
		model.addAttribute("hidden", false);
		return manageForm(language, campaign, "", "fundraising.pages.problem.link", model);
	}

}
