package org.vigie.mobilisation.campaigns.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;
import org.vigie.mobilisation.admin.MobilisationArea;

/**
 * The campaigns' place in the mobilisation back-office, and what their pages audit.
 */
@Configuration(value = "mobilisation.campaigns.CampaignAdmin", proxyBeanMethods = false)
class CampaignAdmin {

	/** A campaign was created or changed. */
	static final AuditAction SAVED = new AuditAction("MOBILISATION_CAMPAIGN_SAVED");

	static final String PATH = "/admin/mobilisation/campaigns";

	@Bean
	MobilisationArea mobilisationCampaignsArea() {
		return new MobilisationArea("mobilisation.campaigns.admin.area", PATH, 10);
	}

	@Bean
	AuditActions mobilisationCampaignsAuditActions() {
		return AuditActions.of(SAVED);
	}

}
