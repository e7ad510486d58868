package org.vigie.advocacy.networks.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.vigie.advocacy.networks.MembershipDraft;
import org.vigie.advocacy.networks.MembershipStore;
import org.vigie.advocacy.networks.Tier;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationKind;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.organisations.PartialDate;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.site.SiteProperties;

/**
 * Writes the demo organisations and memberships ({@code advocacy/demo/networks.yaml}),
 * and the NGO itself (named like the site), unless they are there. Called by the
 * projects' demo loader, which needs the organisations first; every row is flagged as
 * demo.
 */
@Component
public class DemoNetworks {

	static final String LOCATION = "advocacy/demo/networks.yaml";

	/** The slug of the NGO's own organisation in the demo. */
	public static final String OWN = "own";

	private final OrganisationStore organisations;

	private final MembershipStore memberships;

	private final SiteProperties site;

	private final Clock clock;

	DemoNetworks(OrganisationStore organisations, MembershipStore memberships, SiteProperties site, Clock clock) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * Writes them unless the first organisation is there; whether it did. Call in a
	 * transaction.
	 */
	@SuppressWarnings("unchecked")
	public boolean load() {
		Map<String, Object> file = read();
		List<Map<String, Object>> all = (List<Map<String, Object>>) file.get("organisations");
		if (this.organisations.bySlug((String) all.get(0).get("slug")).isPresent()) {
			return false;
		}
		if (this.organisations.own().isEmpty()) {
			this.organisations.save(new Organisation(null, OWN, this.site.name(), null, OrganisationKind.NGO, "BE",
					null, null, true, true), this.clock.instant());
		}
		for (Map<String, Object> organisation : all) {
			this.organisations.save(new Organisation(null, (String) organisation.get("slug"),
					(String) organisation.get("name"), (String) organisation.get("acronym"),
					OrganisationKind.valueOf((String) organisation.get("kind")), (String) organisation.get("country"),
					(String) organisation.get("website"), null, false, true), this.clock.instant());
		}
		LocalDate today = LocalDate.now(this.clock);
		for (Map<String, Object> membership : (List<Map<String, Object>>) file.get("memberships")) {
			Organisation network = this.organisations.bySlug((String) membership.get("network")).orElseThrow();
			this.memberships.save(null,
					new MembershipDraft(network.id(), Tier.valueOf((String) membership.get("tier")),
							Trilingual.of((Map<String, ?>) membership.get("role")),
							PartialDate.parse(String.valueOf(membership.get("since")), "since"), null,
							Trilingual.of((Map<String, ?>) membership.get("description")),
							(Integer) membership.get("sortKey"), true),
					today, this.clock.instant());
		}
		return true;
	}

	private static Map<String, Object> read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
