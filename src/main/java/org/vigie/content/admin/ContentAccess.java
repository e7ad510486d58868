package org.vigie.content.admin;

import org.vigie.content.ContentAudit;
import org.vigie.content.ContentPermissions;
import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the content module's back-office pages, which roles hold its permissions,
 * and what it writes to the audit trail. The services check the same permissions again.
 */
@Configuration(proxyBeanMethods = false)
class ContentAccess {

	@Bean
	BackOfficeRoutes contentRoutes() {
		return BackOfficeRoutes.of(publishing("posts", "publish"), publishing("posts", "schedule"),
				publishing("posts", "unpublish"), publishing("posts", "delete"), publishing("pages", "publish"),
				publishing("pages", "schedule"), publishing("pages", "unpublish"), publishing("pages", "delete"),
				BackOfficeRoute.of("/admin/posts/**", ContentPermissions.WRITE_OWN),
				BackOfficeRoute.of("/admin/pages/**", ContentPermissions.EDIT_ANY),
				BackOfficeRoute.of("/admin/categories/**", ContentPermissions.EDIT_ANY),
				BackOfficeRoute.of("/admin/import/**", ContentPermissions.IMPORT));
	}

	private static BackOfficeRoute publishing(String kind, String action) {
		return BackOfficeRoute.of("/admin/" + kind + "/*/" + action, ContentPermissions.PUBLISH);
	}

	@Bean
	PermissionGrants contentPermissions() {
		return ContentPermissions.grants();
	}

	@Bean
	AuditActions contentAuditActions() {
		return AuditActions.of(ContentAudit.PUBLISHED, ContentAudit.UNPUBLISHED, ContentAudit.DELETED,
				ContentAudit.RESTORED);
	}

}
