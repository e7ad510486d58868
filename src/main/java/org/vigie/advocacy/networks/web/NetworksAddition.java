package org.vigie.advocacy.networks.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.vigie.advocacy.networks.Membership;
import org.vigie.advocacy.networks.MembershipStore;
import org.vigie.advocacy.networks.NetworkPaths;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.content.PageAddition;
import org.vigie.site.Language;
import org.vigie.site.SitemapContributor;

/**
 * The networks on the advocacy page (grouped by level, generated from the memberships),
 * and the networks' addresses in the sitemaps.
 */
@Component
class NetworksAddition implements PageAddition, SitemapContributor {

	private final MembershipStore memberships;

	private final OrganisationStore organisations;

	NetworksAddition(MembershipStore memberships, OrganisationStore organisations) {
		this.memberships = memberships;
		this.organisations = organisations;
	}

	@Override
	public String pageKey() {
		return "advocacy";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<String> tags() {
		return List.of(AdvocacyPages.CACHE_TAG);
	}

	@Override
	public Optional<Part> part(Language language) {
		List<Membership> all = this.memberships.all();
		if (all.stream().noneMatch(Membership::current)) {
			return Optional.empty();
		}
		return Optional
			.of(new Part("advocacy/networks/part", "networks", Map.of("tiers", NetworksController.byTier(all, language),
					"path", NetworkPaths.list(language), "demo", all.stream().anyMatch(Membership::demo))));
	}

	@Override
	public Stream<Entry> entries(Language language) {
		Stream<Entry> list = Stream
			.of(new Entry(NetworkPaths.list(language), null, NetworksController.translations(NetworkPaths::list)));
		return Stream.concat(list,
				this.organisations.all()
					.stream()
					.map((organisation) -> new Entry(NetworkPaths.organisation(language, organisation.slug()), null,
							NetworkPaths.organisation(organisation.slug()))));
	}

}
