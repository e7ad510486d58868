package org.vigie.advocacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.PermissionGrants;

/**
 * What advocacy declares to the rest of the application: its back-office entry and
 * addresses with the permission they need, and which roles hold it. Each part of the
 * module declares its own audit actions beside its code.
 */
@Configuration(proxyBeanMethods = false)
public class AdvocacyDeclarations {

	/** Where the advocacy back-office lives. */
	public static final String ADMIN = "/admin/advocacy";

	@Bean
	BackOfficeSection advocacySection() {
		return new BackOfficeSection("admin.advocacy", ADMIN, AdvocacyPermissions.ADVOCATE, 70);
	}

	@Bean
	BackOfficeRoutes advocacyRoutes() {
		return BackOfficeRoutes.of(BackOfficeRoute.of(ADMIN, AdvocacyPermissions.ADVOCATE),
				BackOfficeRoute.of(ADMIN + "/**", AdvocacyPermissions.ADVOCATE));
	}

	@Bean
	PermissionGrants advocacyPermissions() {
		return AdvocacyPermissions.grants();
	}

}
