package org.vigie.mobilisation.workshops.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.mobilisation.web.ActionListing;
import org.vigie.mobilisation.workshops.Projects;
import org.vigie.mobilisation.workshops.ReachFigures;
import org.vigie.mobilisation.workshops.WorkshopPaths;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * The workshops on the "Act" page: an invitation to ask for one while a project is open,
 * with the young people reached this year when there are any.
 */
@Component
class WorkshopListing implements ActionListing {

	private final Projects projects;

	private final ReachFigures figures;

	private final MessageSource messages;

	private final Clock clock;

	private final SiteProperties site;

	WorkshopListing(Projects projects, ReachFigures figures, MessageSource messages, Clock clock, SiteProperties site) {
		this.projects = projects;
		this.figures = figures;
		this.messages = messages;
		this.clock = clock;
		this.site = site;
	}

	@Override
	public List<Teaser> teasers(Language language) {
		if (this.projects.active().isEmpty()) {
			return List.of();
		}
		int year = LocalDate.ofInstant(this.clock.instant(), this.site.timeZone()).getYear();
		int young = this.figures.all()
			.stream()
			.filter((figures) -> figures.year() == year)
			.mapToInt((figures) -> figures.figures().youngPeople())
			.sum();
		return List
			.of(new Teaser("mobilisation.workshops.teaser.kind", text("mobilisation.workshops.form.title", language),
					text("mobilisation.workshops.form.description", language), WorkshopPaths.form(language),
					(young > 0) ? this.messages.getMessage("mobilisation.workshops.teaser.figure",
							new Object[] { young }, language.locale()) : null));
	}

	@Override
	public int listingOrder() {
		return 40;
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
