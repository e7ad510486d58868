package org.vigie.fundraising;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.PermissionGrants;

/**
 * What fundraising declares to the rest of the application: its back-office entry and
 * addresses with the permission they need, which roles hold it, its audit actions and its
 * settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FundraisingProperties.class)
class FundraisingDeclarations {

	/** Where the fundraisers' back-office lives. */
	static final String ADMIN = "/admin/fundraising";

	@Bean
	BackOfficeSection fundraisingSection() {
		return new BackOfficeSection("admin.fundraising", ADMIN, FundraisingPermissions.FUNDRAISE, 60);
	}

	@Bean
	BackOfficeRoutes fundraisingRoutes() {
		return BackOfficeRoutes.of(BackOfficeRoute.of(ADMIN, FundraisingPermissions.FUNDRAISE),
				BackOfficeRoute.of(ADMIN + "/**", FundraisingPermissions.FUNDRAISE));
	}

	@Bean
	PermissionGrants fundraisingPermissions() {
		return FundraisingPermissions.grants();
	}

	@Bean
	AuditActions fundraisingAuditActions() {
		return FundraisingAudit.all();
	}

}
