package org.vigie.advocacy.networks;

import org.vigie.site.Language;

/**
 * A membership as the public pages show it in one language.
 *
 * @param network the network's name (and acronym)
 * @param path the network's page
 * @param tier its level
 * @param role the NGO's role there
 * @param since when it started ({@code 2012} or a day)
 * @param until when it ended, or null while it lasts
 * @param description what the NGO does there (may be empty)
 * @param demo whether it is demo content
 */
public record MembershipView(String network, String path, Tier tier, String role, String since, String until,
		String description, boolean demo) {

	/** The membership in a language. */
	public static MembershipView of(Membership membership, Language language) {
		return new MembershipView(membership.network().label(),
				NetworkPaths.organisation(language, membership.network().slug()), membership.tier(),
				membership.role().in(language), membership.since().iso(),
				(membership.until() != null) ? membership.until().iso() : null, membership.description().in(language),
				membership.demo());
	}

	/** Whether it still lasts. */
	public boolean current() {
		return this.until == null;
	}

}
