package org.vigie.mobilisation.newsletter.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.mobilisation.admin.MobilisationArea;

/**
 * The newsletter's audit actions and its entry on the mobilisation dashboard.
 */
@Configuration(proxyBeanMethods = false)
class NewsletterAdminDeclarations {

	/**
	 * An issue sent to its subscribers (the target is the issue, the details its count).
	 */
	static final AuditAction SENT = new AuditAction("MOBILISATION_NEWSLETTER_SENT");

	/** A test of an issue sent to the editor's own address. */
	static final AuditAction TESTED = new AuditAction("MOBILISATION_NEWSLETTER_TESTED");

	@Bean
	AuditActions newsletterAuditActions() {
		return AuditActions.of(SENT, TESTED);
	}

	@Bean
	MobilisationArea newsletterArea() {
		return new MobilisationArea("mobilisation.newsletter.area", NewsletterAdminController.BASE, 50);
	}

}
