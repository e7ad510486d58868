package org.vigie.advocacy.networks.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vigie.advocacy.networks.Membership;
import org.vigie.advocacy.networks.NetworkPaths;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

/**
 * An organisation described for search engines: a schema.org {@code Organization}; when
 * the NGO belongs to it, the NGO too, with a {@code memberOf} role naming it (role name,
 * start and end dates).
 */
final class NetworkJsonLd {

	private NetworkJsonLd() {
	}

	static Map<String, Object> of(Organisation organisation, List<Membership> memberships, Organisation own,
			Language language, SiteProperties site) {
		Map<String, Object> network = organisation(organisation, language, site);
		if (own == null || memberships.isEmpty()) {
			return network;
		}
		Map<String, Object> ngo = organisation(own, language, site);
		ngo.put("memberOf", memberships.stream().map((membership) -> {
			Map<String, Object> role = new LinkedHashMap<>();
			role.put("@type", "OrganizationRole");
			role.put("roleName", membership.role().in(language));
			role.put("startDate", membership.since().iso());
			if (membership.until() != null) {
				role.put("endDate", membership.until().iso());
			}
			role.put("memberOf", network);
			return role;
		}).toList());
		return ngo;
	}

	private static Map<String, Object> organisation(Organisation organisation, Language language, SiteProperties site) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "Organization");
		data.put("name", organisation.name());
		if (organisation.acronym() != null) {
			data.put("alternateName", organisation.acronym());
		}
		data.put("url", (organisation.website() != null) ? organisation.website()
				: site.absolute(NetworkPaths.organisation(language, organisation.slug())));
		if (organisation.country() != null) {
			data.put("address", Map.of("@type", "PostalAddress", "addressCountry", organisation.country()));
		}
		return data;
	}

}
