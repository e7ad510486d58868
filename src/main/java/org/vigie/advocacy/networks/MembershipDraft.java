package org.vigie.advocacy.networks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.advocacy.organisations.PartialDate;
import org.vigie.advocacy.organisations.Trilingual;

/**
 * A membership as staff (or the demo) give it, before it is checked.
 *
 * @param networkId the network's organisation
 * @param tier the level
 * @param role the NGO's role in three languages
 * @param since when it started
 * @param until when it ended, or null
 * @param description what the NGO does there, in three languages (may be empty)
 * @param sortKey lower comes first
 * @param demo whether it is demo content
 */
public record MembershipDraft(UUID networkId, Tier tier, Trilingual role, PartialDate since, PartialDate until,
		Trilingual description, int sortKey, boolean demo) {

	/** Its fields, for a revision. */
	public Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("network", String.valueOf(this.networkId));
		fields.put("tier", String.valueOf(this.tier));
		fields.put("role", this.role);
		fields.put("since", String.valueOf(this.since));
		fields.put("until", (this.until != null) ? this.until.iso() : null);
		fields.put("description", this.description);
		fields.put("sortKey", this.sortKey);
		return fields;
	}

}
