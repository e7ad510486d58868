package org.vigie.advocacy.networks.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigie.advocacy.admin.AdvocacyArea;
import org.vigie.advocacy.networks.MembershipStore;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.identity.AuditActions;

/** The networks' entry on the advocacy dashboard and their audit actions. */
@Configuration(proxyBeanMethods = false)
class NetworksDeclarations {

	@Bean
	AdvocacyArea advocacyNetworksArea() {
		return new AdvocacyArea("advocacy.networks.admin.area", NetworksAdminPaths.HOME, 10);
	}

	@Bean
	AuditActions advocacyNetworksAuditActions() {
		return AuditActions.of(OrganisationStore.SAVED, MembershipStore.SAVED);
	}

}
