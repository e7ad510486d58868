package org.vigie.advocacy.projects;

import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vigie.advocacy.figures.ProjectReach;
import org.vigie.site.Language;

/**
 * The projects' reach as the impact page reads it: each period's actual count per
 * audience with its source, and where and when each project worked.
 */
@Component
class ProjectFigures implements ProjectReach {

	private final ProjectStore projects;

	private final FigureStore figures;

	ProjectFigures(ProjectStore projects, FigureStore figures) {
		this.projects = projects;
		this.figures = figures;
	}

	@Override
	public List<Reached> reached(Language language) {
		return this.figures.reach()
			.stream()
			.map((reach) -> new Reached(reach.title().in(language), ProjectPaths.project(language, reach.code()),
					reach.audience(), reach.count(), reach.from(), reach.to(), reach.sourceLabel()))
			.toList();
	}

	@Override
	public List<Placed> placed(Language language) {
		return this.projects.all()
			.stream()
			.map((project) -> new Placed(project.title().in(language), ProjectPaths.project(language, project.code()),
					new LinkedHashSet<>(project.countries()), project.startsOn().getYear(),
					(project.endsOn() != null) ? project.endsOn().getYear() : null))
			.toList();
	}

}
