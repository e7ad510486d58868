package org.vigie.advocacy.networks;

import java.util.UUID;

import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.PartialDate;
import org.vigie.advocacy.organisations.Trilingual;

/**
 * The NGO's membership in a network.
 *
 * @param id its id
 * @param network the network (or coalition, or platform)
 * @param tier the level it works at
 * @param role the NGO's role there (member, board member, European office…)
 * @param since when it started
 * @param until when it ended, or null while it lasts
 * @param description what the NGO does there
 * @param sortKey lower comes first in its level
 * @param demo whether it is demo content
 */
public record Membership(UUID id, Organisation network, Tier tier, Trilingual role, PartialDate since,
		PartialDate until, Trilingual description, int sortKey, boolean demo) {

	/** Whether it still lasts. */
	public boolean current() {
		return this.until == null;
	}

}
