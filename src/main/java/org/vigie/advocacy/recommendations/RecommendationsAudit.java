package org.vigie.advocacy.recommendations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.advocacy.admin.AdvocacyArea;
import org.vigie.identity.AuditAction;
import org.vigie.identity.AuditActions;

/**
 * What the recommendations add to the audit trail (entries name recommendations and
 * addressees by code) and their entry on the advocacy dashboard.
 */
@Configuration(proxyBeanMethods = false)
public class RecommendationsAudit {

	/** A recommendation was created or changed. */
	public static final AuditAction SAVED = new AuditAction("ADVOCACY_RECOMMENDATIONS_SAVED");

	/** A status step was added to a recommendation's timeline. */
	public static final AuditAction STEP = new AuditAction("ADVOCACY_RECOMMENDATIONS_STEP");

	/** A commitment was recorded. */
	public static final AuditAction COMMITMENT = new AuditAction("ADVOCACY_RECOMMENDATIONS_COMMITMENT");

	/** An addressee was added or changed. */
	public static final AuditAction ADDRESSEE = new AuditAction("ADVOCACY_RECOMMENDATIONS_ADDRESSEE");

	@Bean
	AuditActions advocacyRecommendationsAuditActions() {
		return AuditActions.of(SAVED, STEP, COMMITMENT, ADDRESSEE);
	}

	@Bean
	AdvocacyArea advocacyRecommendationsArea() {
		return new AdvocacyArea("advocacy.recommendations.admin.title", "/admin/advocacy/recommendations", 40);
	}

}
