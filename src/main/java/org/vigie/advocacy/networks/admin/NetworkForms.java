package org.vigie.advocacy.networks.admin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.advocacy.networks.Membership;
import org.vigie.advocacy.networks.MembershipDraft;
import org.vigie.advocacy.networks.Tier;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationKind;
import org.vigie.advocacy.organisations.PartialDate;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.site.FormValues;

/**
 * Reads the networks' forms into drafts, and items back into form values. Values are kept
 * up to a length above every field's limit, so an oversized one is refused by the store's
 * rules and shown back without filling the page.
 */
final class NetworkForms {

	/** Characters of a value kept: above every field's limit. */
	static final int KEPT = 2100;

	private NetworkForms() {
	}

	/** The submitted values, trimmed and cut to {@link #KEPT}. */
	static Map<String, String> kept(Map<String, String> fields) {
		FormValues form = new FormValues(fields, KEPT);
		Map<String, String> values = new HashMap<>();
		fields.keySet()
			.stream()
			.filter((name) -> !name.equals("_csrf") && name.length() < 40)
			.forEach((name) -> values.put(name, form.text(name)));
		return values;
	}

	static Organisation organisation(UUID id, Map<String, String> values) {
		return new Organisation(id, null, values.get("name"), values.get("acronym"),
				choice(OrganisationKind.class, values.get("kind"), "kind"), values.get("country"),
				values.get("website"), values.get("iatiRef"), "true".equals(values.get("own")), false);
	}

	static Map<String, String> values(Organisation organisation) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", organisation.name());
		values.put("acronym", organisation.acronym());
		values.put("kind", organisation.kind().name());
		values.put("country", organisation.country());
		values.put("website", organisation.website());
		values.put("iatiRef", organisation.iatiRef());
		values.put("own", String.valueOf(organisation.own()));
		return values;
	}

	static Map<String, Object> snapshot(Organisation organisation) {
		Map<String, Object> fields = new LinkedHashMap<>();
		values(organisation).forEach(fields::put);
		return fields;
	}

	static MembershipDraft membership(Map<String, String> values) {
		UUID network;
		try {
			network = UUID.fromString(values.getOrDefault("network", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("advocacy.networks.problem.network", "network");
		}
		String until = values.getOrDefault("until", "");
		int sortKey;
		try {
			sortKey = Integer.parseInt(values.getOrDefault("sortKey", "0").isEmpty() ? "0" : values.get("sortKey"));
		}
		catch (NumberFormatException ex) {
			throw new Refused("advocacy.networks.problem.sortKey", "sortKey");
		}
		return new MembershipDraft(network, choice(Tier.class, values.get("tier"), "tier"), texts(values, "role"),
				PartialDate.parse(values.get("since"), "since"),
				until.isEmpty() ? null : PartialDate.parse(until, "until"), texts(values, "description"), sortKey,
				false);
	}

	static Map<String, String> values(Membership membership) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("network", membership.network().id().toString());
		values.put("tier", membership.tier().name());
		put(values, "role", membership.role());
		values.put("since", membership.since().iso());
		values.put("until", (membership.until() != null) ? membership.until().iso() : "");
		put(values, "description", membership.description());
		values.put("sortKey", String.valueOf(membership.sortKey()));
		return values;
	}

	static Trilingual texts(Map<String, String> values, String field) {
		return new Trilingual(values.get(field + "_fr"), values.get(field + "_nl"), values.get(field + "_en"));
	}

	static void put(Map<String, String> values, String field, Trilingual texts) {
		values.put(field + "_fr", texts.fr());
		values.put(field + "_nl", texts.nl());
		values.put(field + "_en", texts.en());
	}

	static <E extends Enum<E>> E choice(Class<E> type, String name, String field) {
		try {
			return Enum.valueOf(type, (name != null) ? name : "");
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("advocacy.networks.problem.required", field);
		}
	}

}
