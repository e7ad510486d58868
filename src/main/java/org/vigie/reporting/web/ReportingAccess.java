package org.vigie.reporting.web;

import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.PermissionGrants;
import org.vigie.reporting.ReportingPermissions;
import org.vigie.reporting.reports.ReportingAudit;
import org.vigie.site.TopLevelWords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reporting line's public words ({@code /fr/signaler}, {@code /nl/melden},
 * {@code /en/report}, printed on flyers), its back-office sections, the routes they need
 * and which roles hold its permissions.
 */
@Configuration(proxyBeanMethods = false)
class ReportingAccess {

	@Bean
	TopLevelWords reportingWords() {
		return TopLevelWords.of("reporting", java.util.Set.of(ReportingPaths.FR), java.util.Set.of(ReportingPaths.NL),
				java.util.Set.of(ReportingPaths.EN));
	}

	@Bean
	BackOfficeSection reportsSection() {
		return new BackOfficeSection("admin.reports", "/admin/reports", ReportingPermissions.ANALYSE, 5);
	}

	@Bean
	BackOfficeSection reportingSettingsSection() {
		return new BackOfficeSection("admin.reportingSettings", "/admin/reporting-settings",
				ReportingPermissions.CONFIGURE, 90);
	}

	@Bean
	BackOfficeRoutes reportingRoutes() {
		return BackOfficeRoutes.of(BackOfficeRoute.of("/admin/reports/handovers/**", ReportingPermissions.HAND_OVER),
				BackOfficeRoute.of("/admin/reports/**", ReportingPermissions.ANALYSE),
				BackOfficeRoute.of("/admin/reports", ReportingPermissions.ANALYSE),
				BackOfficeRoute.of("/admin/reporting-settings/**", ReportingPermissions.CONFIGURE),
				BackOfficeRoute.of("/admin/reporting-settings", ReportingPermissions.CONFIGURE));
	}

	@Bean
	AuditActions reportingAuditActions() {
		return ReportingAudit.all();
	}

	@Bean
	PermissionGrants reportingPermissions() {
		return ReportingPermissions.grants();
	}

}
