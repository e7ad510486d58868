package org.vigie.advocacy.projects.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.advocacy.admin.AdvocacyArea;
import org.vigie.advocacy.projects.FigureStore;
import org.vigie.advocacy.projects.ProjectStore;
import org.vigie.identity.AuditActions;

/** The projects' entry on the advocacy dashboard and their audit actions. */
@Configuration(proxyBeanMethods = false)
class ProjectsDeclarations {

	@Bean
	AdvocacyArea advocacyProjectsArea() {
		return new AdvocacyArea("advocacy.projects.admin.area", ProjectForms.HOME, 20);
	}

	@Bean
	AuditActions advocacyProjectsAuditActions() {
		return AuditActions.of(ProjectStore.SAVED, FigureStore.SAVED, FigureStore.REMOVED);
	}

}
