package org.vigie.advocacy.projects.web;

import java.time.Clock;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationKind;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.projects.IatiActivities;
import org.vigie.advocacy.projects.Project;
import org.vigie.advocacy.projects.ProjectPaths;
import org.vigie.advocacy.projects.ProjectStore;
import org.vigie.advocacy.projects.ProjectView;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SharedPage;
import org.vigie.site.SiteProperties;

/**
 * The projects' public pages: the list with partners, countries, years and reach, a page
 * per project (with its results and the news about it), and the IATI activity file beside
 * the list ({@code /fr/plaidoyer/projets.xml}, {@code /nl/beleidswerk/projecten.xml},
 * {@code /en/advocacy/projects.xml}).
 */
@Controller
class ProjectsController {

	/** The part's stylesheet (it imports the module's). */
	static final String STYLESHEET = "/css/advocacy-projects.css";

	/** The kind of news links of a project. */
	static final String NEWS_KIND = "project";

	private final ProjectStore projects;

	private final OrganisationStore organisations;

	private final NewsLinks news;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	private final String reportingRef;

	ProjectsController(ProjectStore projects, OrganisationStore organisations, NewsLinks news, MessageSource messages,
			SiteProperties site, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${vigie.advocacy.projects.reporting-ref:XX-VIGIE}") String reportingRef) {
		this.projects = projects;
		this.organisations = organisations;
		this.news = news;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
		this.reportingRef = reportingRef;
	}

	@GetMapping({ "/fr/plaidoyer/projets", "/nl/beleidswerk/projecten", "/en/advocacy/projects" })
	String list(Language language, Model model) {
		List<ProjectView> views = this.projects.all().stream().map((p) -> ProjectView.of(p, language)).toList();
		String title = text("advocacy.projects.title", language);
		PageMeta meta = PageMeta
			.of(language, title, text("advocacy.projects.description", language), ProjectPaths.list(language))
			.withTranslations(ProjectJsonLd.translations(ProjectPaths::list));
		AdvocacyPages.page(model, meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("projects", views);
		model.addAttribute("demo", views.stream().anyMatch(ProjectView::demo));
		model.addAttribute("iatiPath", ProjectPaths.iati(language));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/projects/list";
	}

	@GetMapping({ "/fr/plaidoyer/projets/{code}", "/nl/beleidswerk/projecten/{code}", "/en/advocacy/projects/{code}" })
	String project(Language language, @PathVariable String code, Model model) {
		Project project = this.projects.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProjectView view = ProjectView.of(project, language);
		String path = view.path();
		PageMeta meta = new PageMeta(language, view.title(), abridged(view.summary()), path,
				ProjectPaths.project(project.code()),
				List.of(new PageMeta.Crumb(text("advocacy.projects.title", language), ProjectPaths.list(language)),
						new PageMeta.Crumb(view.title(), path)),
				"website", null, List.of(ProjectJsonLd.of(project, view, language, this.site)), null);
		AdvocacyPages.page(model, meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("project", view);
		model.addAttribute("demo", view.demo());
		model.addAttribute("posts", this.news.posts(NEWS_KIND, project.id(), language));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/projects/project";
	}

	@GetMapping({ "/fr/plaidoyer/projets.xml", "/nl/beleidswerk/projecten.xml", "/en/advocacy/projects.xml" })
	ResponseEntity<byte[]> iati() {
		Organisation reporter = this.organisations.own()
			.orElseGet(() -> new Organisation(null, "", this.site.name(), null, OrganisationKind.NGO, null, null, null,
					true, false));
		String ref = (reporter.iatiRef() != null) ? reporter.iatiRef() : this.reportingRef;
		byte[] xml = IatiActivities.write(this.projects.all(), reporter, ref, this.clock.instant());
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
			.body(xml);
	}

	private static String abridged(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 297) + "…";
	}

	private String text(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

}
