package org.vigie.advocacy.networks;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vigie.SiteClient;
import org.vigie.StaffBrowser;
import org.vigie.advocacy.AdvocacyTest;
import org.vigie.advocacy.Advocates;
import org.vigie.site.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advocacy officer records an organisation and the NGO's membership in it: it shows at
 * once under its level on the networks page and on the advocacy page, with a revision
 * listed on its form; bad dates, unknown countries, hostile addresses and markup are
 * refused with a clear message and write nothing.
 */
@AdvocacyTest
class NetworksAdminTest {

	private static final String NEW_ORGANISATION = "/admin/advocacy/networks/organisations/new";

	private static final String NEW_MEMBERSHIP = "/admin/advocacy/networks/memberships/new";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SiteClient site;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNewMembershipShowsUnderItsLevelAtOnce() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		String name = "Child Rights Alliance " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(this.site.page("/en/advocacy").text()).doesNotContain(name);
		HttpResponse<String> organisation = officer.submit(NEW_ORGANISATION, NEW_ORGANISATION,
				organisation(name, "be", "https://example.org/alliance"));
		assertThat(organisation.statusCode()).isEqualTo(302);
		String id = this.jdbc.sql("select id from advocacy_organisations_organisation where name = ?")
			.param(name)
			.query(String.class)
			.single();
		HttpResponse<String> membership = officer.submit(NEW_MEMBERSHIP, NEW_MEMBERSHIP, membership(id, "2019", ""));
		assertThat(membership.statusCode()).isEqualTo(302);

		Document networks = this.site.page("/en/advocacy/networks");
		assertThat(networks.selectFirst("section[data-tier=EUROPEAN]").text()).contains(name, "Board member",
				"since 2019");
		assertThat(this.site.page("/en/advocacy").selectFirst("[data-advocacy-networks]").text()).contains(name);
		String edit = membership.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceAll("\\?.*$", "")
			.replaceFirst("^https?://[^/]+", "");
		assertThat(Jsoup.parse(officer.get(edit).body()).select("[data-revision]")).hasSize(1);
	}

	@Test
	void badInputIsRefusedWithAClearMessageAndNothingIsWritten() {
		StaffBrowser officer = Advocates.signIn(this.context, Language.EN).browser();
		long organisations = count("advocacy_organisations_organisation");
		long memberships = count("advocacy_networks_membership");
		refused(officer, NEW_ORGANISATION, organisation("Unknown country", "XZ", null), "country",
				"not a known two-letter country code");
		refused(officer, NEW_ORGANISATION, organisation("Scripted", "BE", "javascript:alert(1)"), "website",
				"must start with http");
		refused(officer, NEW_ORGANISATION, organisation("<img src=x onerror=alert(1)>", "BE", null), "name",
				"plain text only");
		refused(officer, NEW_ORGANISATION, organisation("y".repeat(3000), "BE", null), "name", "too long");
		String ecpat = this.jdbc
			.sql("select id from advocacy_organisations_organisation where slug = 'ecpat-international'")
			.query(String.class)
			.single();
		refused(officer, NEW_MEMBERSHIP, membership(ecpat, "2019", "2015"), "until", "the end comes before the start");
		refused(officer, NEW_MEMBERSHIP, membership(ecpat, "last year", ""), "since", "give a year");
		refused(officer, NEW_MEMBERSHIP, membership(UUID.randomUUID().toString(), "2019", ""), "network",
				"choose a network");
		assertThat(count("advocacy_organisations_organisation")).isEqualTo(organisations);
		assertThat(count("advocacy_networks_membership")).isEqualTo(memberships);
	}

	private static void refused(StaffBrowser officer, String path, Map<String, String> fields, String field,
			String message) {
		HttpResponse<String> response = officer.submit(path, path, fields);
		assertThat(response.statusCode()).as(field).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst("[data-problem]").attr("data-field")).isEqualTo(field);
		assertThat(page.selectFirst("[data-problem]").text()).contains("Nothing was saved", message);
		assertThat(response.body()).doesNotContain("<img src=x");
	}

	private static Map<String, String> organisation(String name, String country, String website) {
		Map<String, String> fields = new HashMap<>();
		fields.put("name", name);
		fields.put("kind", "COALITION");
		fields.put("country", country);
		if (website != null) {
			fields.put("website", website);
		}
		return fields;
	}

	private static Map<String, String> membership(String network, String since, String until) {
		Map<String, String> fields = new HashMap<>();
		fields.put("network", network);
		fields.put("tier", "EUROPEAN");
		fields.put("role_fr", "Membre du conseil d’administration");
		fields.put("role_nl", "Bestuurslid");
		fields.put("role_en", "Board member");
		fields.put("since", since);
		fields.put("until", until);
		fields.put("description_fr", "");
		fields.put("description_nl", "");
		fields.put("description_en", "We sit on its board.");
		fields.put("sortKey", "50");
		return fields;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
