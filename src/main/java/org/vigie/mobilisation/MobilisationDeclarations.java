package org.vigie.mobilisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.BackOfficeSection;
import org.vigie.identity.PermissionGrants;

/**
 * What mobilisation declares to the rest of the application: its back-office entries and
 * addresses with the permission they need, which roles hold them, and the audit actions
 * of its core. Each part of the module (campaigns, statements, events, workshops,
 * newsletter) declares its own audit actions beside its code.
 */
@Configuration(proxyBeanMethods = false)
public class MobilisationDeclarations {

	/** Where the campaigners' back-office lives. */
	static final String ADMIN = "/admin/mobilisation";

	/** Where the newsletter's back-office lives. */
	static final String NEWSLETTER = "/admin/newsletter";

	/** A person's data erased at their request. */
	public static final AuditAction PERSON_ERASED = new AuditAction("MOBILISATION_PERSON_ERASED");

	@Bean
	BackOfficeSection mobilisationSection() {
		return new BackOfficeSection("admin.mobilisation", ADMIN, MobilisationPermissions.MOBILISE, 65);
	}

	@Bean
	BackOfficeSection newsletterSection() {
		return new BackOfficeSection("admin.newsletter", NEWSLETTER, MobilisationPermissions.NEWSLETTER, 66);
	}

	@Bean
	BackOfficeRoutes mobilisationRoutes() {
		return BackOfficeRoutes.of(BackOfficeRoute.of(ADMIN, MobilisationPermissions.MOBILISE),
				BackOfficeRoute.of(ADMIN + "/**", MobilisationPermissions.MOBILISE),
				BackOfficeRoute.of(NEWSLETTER, MobilisationPermissions.NEWSLETTER),
				BackOfficeRoute.of(NEWSLETTER + "/**", MobilisationPermissions.NEWSLETTER));
	}

	@Bean
	PermissionGrants mobilisationPermissions() {
		return MobilisationPermissions.grants();
	}

	@Bean
	AuditActions mobilisationAuditActions() {
		return AuditActions.of(PERSON_ERASED);
	}

}
