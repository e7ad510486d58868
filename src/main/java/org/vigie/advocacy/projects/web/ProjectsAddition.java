package org.vigie.advocacy.projects.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.vigie.advocacy.projects.ProjectPaths;
import org.vigie.advocacy.projects.ProjectStore;
import org.vigie.advocacy.projects.ProjectView;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.content.PageAddition;
import org.vigie.site.Language;
import org.vigie.site.SitemapContributor;

/**
 * The projects with their reach on the advocacy page (generated from the projects), and
 * the projects' addresses in the sitemaps.
 */
@Component
class ProjectsAddition implements PageAddition, SitemapContributor {

	private final ProjectStore projects;

	ProjectsAddition(ProjectStore projects) {
		this.projects = projects;
	}

	@Override
	public String pageKey() {
		return "advocacy";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<String> tags() {
		return List.of(AdvocacyPages.CACHE_TAG);
	}

	@Override
	public Optional<Part> part(Language language) {
		List<ProjectView> views = this.projects.all().stream().map((p) -> ProjectView.of(p, language)).toList();
		if (views.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Part("advocacy/projects/part", "projects", Map.of("projects", views, "path",
				ProjectPaths.list(language), "demo", views.stream().anyMatch(ProjectView::demo))));
	}

	@Override
	public Stream<Entry> entries(Language language) {
		Stream<Entry> list = Stream
			.of(new Entry(ProjectPaths.list(language), null, ProjectJsonLd.translations(ProjectPaths::list)));
		return Stream.concat(list,
				this.projects.all()
					.stream()
					.map((project) -> new Entry(ProjectPaths.project(language, project.code()), null,
							ProjectPaths.project(project.code()))));
	}

}
