package org.vigie.media.web;

import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.PermissionGrants;
import org.vigie.media.MediaPermissions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The media library's entry in the back-office menu, who may reach its page, and which
 * roles hold its permission. The library's page checks nothing else: uploading is the
 * whole of it.
 */
@Configuration(proxyBeanMethods = false)
class MediaAccess {

	@Bean
	BackOfficeSection mediaSection() {
		return new BackOfficeSection("admin.media", "/admin/media", MediaPermissions.UPLOAD, 30);
	}

	@Bean
	BackOfficeRoutes mediaRoutes() {
		return BackOfficeRoutes.of(BackOfficeRoute.of("/admin/media/**", MediaPermissions.UPLOAD));
	}

	@Bean
	PermissionGrants mediaPermissions() {
		return MediaPermissions.grants();
	}

}
