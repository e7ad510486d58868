package org.vigie.advocacy.networks;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.advocacy.AdvocacyTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of the networks: the memberships grouped by level with the NGO's
 * role and since when, the section on the advocacy page, a page per organisation with its
 * translations and a schema.org description naming the NGO's role, and the Popolo file.
 */
@AdvocacyTest
class NetworksPagesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private SiteClient site;

	@Test
	void theNetworksAreGroupedByLevelWithRoleAndSince() {
		Document page = this.site.page("/fr/plaidoyer/reseaux");
		assertThat(names(page.selectFirst("section[data-tier=BELGIAN]"))).contains(
				"Coordination des ONG pour les droits de l’enfant (CODE)", "Kinderrechtencoalitie (KRC)",
				"Plateforme Droits de l’Enfant dans la Coopération au Développement");
		assertThat(names(page.selectFirst("section[data-tier=EUROPEAN]"))).contains(
				"EU Civil Society Platform against Trafficking in Human Beings",
				"Initiative for Children in Migration");
		Element ecpat = page.selectFirst("section[data-tier=INTERNATIONAL] [data-membership]");
		assertThat(ecpat.selectFirst("a").text()).isEqualTo("ECPAT International");
		assertThat(ecpat.selectFirst("[data-role]").text()).contains("bureau européen");
		assertThat(ecpat.selectFirst("[data-since]").text()).startsWith("depuis ");
		assertThat(page.select("[data-demo-notice]")).isNotEmpty();
		assertThat(page.selectFirst("link[rel=alternate][hreflang=nl]").attr("href"))
			.endsWith("/nl/beleidswerk/netwerken");
		assertThat(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/advocacy/networks");
		assertThat(this.site.page("/en/advocacy/networks").selectFirst("section[data-tier=EUROPEAN] h2").text())
			.isEqualTo("In Europe");
	}

	@Test
	void theAdvocacyPageShowsTheNetworksByLevel() {
		Document page = this.site.page("/nl/beleidswerk");
		Element section = page.selectFirst("[data-advocacy-networks]");
		assertThat(section).isNotNull();
		assertThat(section.select("section[data-tier]")).extracting((tier) -> tier.attr("data-tier"))
			.containsExactly("BELGIAN", "EUROPEAN", "INTERNATIONAL");
		assertThat(section.text()).contains("Kinderrechtencoalitie", "Europees bureau van het netwerk");
	}

	@Test
	void anOrganisationHasItsPageWithTheNgosRoleInStructuredData() {
		Document page = this.site.page("/en/advocacy/networks/ecpat-international");
		assertThat(page.selectFirst("h1").text()).isEqualTo("ECPAT International");
		assertThat(page.selectFirst("[data-memberships]").text()).contains("European office of the network");
		assertThat(page.selectFirst("link[rel=alternate][hreflang=fr]").attr("href"))
			.endsWith("/fr/plaidoyer/reseaux/ecpat-international");
		JsonNode ngo = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()).get("@graph").get(0);
		assertThat(ngo.get("@type").asString()).isEqualTo("Organization");
		JsonNode role = ngo.get("memberOf").get(0);
		assertThat(role.get("roleName").asString()).isEqualTo("Member and European office of the network");
		assertThat(role.get("memberOf").get("name").asString()).isEqualTo("ECPAT International");
		assertThat(role.get("startDate").asString()).isEqualTo("2004");
		Document partner = this.site.page("/fr/plaidoyer/reseaux/acsis");
		assertThat(partner.selectFirst("[data-projects]").text()).contains("Roumanie");
		assertThat(partner.selectFirst("[data-country]").text()).isEqualTo("Roumanie");
		assertThat(this.site.get("/en/advocacy/networks/no-such-network").statusCode()).isEqualTo(404);
	}

	@Test
	void theOrganisationsAndMembershipsAreAPopoloFile() {
		var response = this.site.get("/en/advocacy/networks.json");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		JsonNode popolo = JSON.readTree(response.body());
		String ecpatId = null;
		for (JsonNode organisation : popolo.get("organizations")) {
			if (organisation.get("name").asString().equals("ECPAT International")) {
				ecpatId = organisation.get("id").asString();
				assertThat(organisation.get("classification").asString()).isEqualTo("network");
			}
		}
		assertThat(ecpatId).isNotNull();
		JsonNode membership = null;
		for (JsonNode candidate : popolo.get("memberships")) {
			if (candidate.get("organization_id").asString().equals(ecpatId)) {
				membership = candidate;
			}
		}
		assertThat(membership).isNotNull();
		assertThat(membership.get("role").asString()).isEqualTo("Member and European office of the network");
		assertThat(membership.get("classification").asString()).isEqualTo("international");
		assertThat(membership.get("start_date").asString()).isEqualTo("2004");
		assertThat(membership.get("end_date").isNull()).isTrue();
		assertThat(membership.get("member").get("@type").asString()).isEqualTo("Organization");
		assertThat(this.site.get("/fr/plaidoyer/reseaux.json").body()).isEqualTo(response.body());
	}

	private static List<String> names(Element tier) {
		List<String> names = new ArrayList<>();
		tier.select("[data-membership] > a").forEach((a) -> names.add(a.text()));
		return names;
	}

}
