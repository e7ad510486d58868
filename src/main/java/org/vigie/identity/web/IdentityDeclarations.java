package org.vigie.identity.web;

import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.identity.BackOfficeRoute;
import org.vigie.identity.BackOfficeRoutes;
import org.vigie.identity.Permission;
import org.vigie.identity.PermissionGrants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Identity's own back-office routes, permissions and audit actions, declared through the
 * same extension points as every other module's.
 */
@Configuration(proxyBeanMethods = false)
class IdentityDeclarations {

	@Bean
	BackOfficeRoutes identityRoutes() {
		return BackOfficeRoutes.of(BackOfficeRoute.anyone("/admin/setup"), BackOfficeRoute.anyone("/admin/login"),
				BackOfficeRoute.anyone("/admin/invitation"), BackOfficeRoute.anyone("/admin/password-reset"),
				BackOfficeRoute.anyone("/admin/password-reset/**"),
				BackOfficeRoute.of("/admin/staff/**", Permission.STAFF_MANAGE),
				BackOfficeRoute.of("/admin/audit/**", Permission.AUDIT_READ), BackOfficeRoute.staff("/admin"),
				BackOfficeRoute.staff("/admin/"), BackOfficeRoute.staff("/admin/account/**"),
				BackOfficeRoute.staff("/admin/two-factor/**"), BackOfficeRoute.staff("/admin/sign-out-everywhere"),
				BackOfficeRoute.staff("/admin/logout"));
	}

	@Bean
	PermissionGrants identityPermissions() {
		// Staff management and the full audit trail are for administrators only; editors
		// read the trail to follow publications.
		return PermissionGrants.none()
			.grant(Permission.STAFF_MANAGE)
			.grant(Permission.AUDIT_READ, org.vigie.identity.Role.EDITOR);
	}

	@Bean
	AuditActions identityAuditActions() {
		return AuditActions.of(AuditAction.SETUP, AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED,
				AuditAction.LOCKED_OUT, AuditAction.SIGN_OUT, AuditAction.SECOND_FACTOR_ENROLLED,
				AuditAction.RECOVERY_CODE_USED, AuditAction.STAFF_INVITED, AuditAction.STAFF_CREATED,
				AuditAction.ROLES_CHANGED, AuditAction.STAFF_DISABLED, AuditAction.STAFF_ENABLED,
				AuditAction.SIGNED_OUT_EVERYWHERE, AuditAction.PASSWORD_RESET_REQUESTED, AuditAction.PASSWORD_RESET,
				AuditAction.PASSWORD_CHANGED, AuditAction.AUDIT_KEYED);
	}

}
