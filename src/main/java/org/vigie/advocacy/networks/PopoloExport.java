package org.vigie.advocacy.networks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.vigie.advocacy.organisations.Organisation;

/**
 * The organisations and the NGO's memberships as Popolo JSON: {@code organizations} (with
 * their kind as {@code classification}, acronym, IATI identifier, website) and
 * {@code memberships} (the NGO as {@code member}, the network as {@code organization_id},
 * the role in English with its French and Dutch forms, the level as
 * {@code classification}, {@code start_date}/{@code end_date} as years or days). Written
 * by Jackson, so every text is escaped.
 */
public final class PopoloExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PopoloExport() {
	}

	/** The document, as UTF-8 JSON. */
	public static byte[] write(List<Organisation> organisations, List<Membership> memberships, Organisation own) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("organizations", organisations.stream().map(PopoloExport::organisation).toList());
		document.put("memberships", memberships.stream().map((m) -> membership(m, own)).toList());
		return JSON.writeValueAsBytes(document);
	}

	private static Map<String, Object> organisation(Organisation organisation) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", organisation.id().toString());
		data.put("name", organisation.name());
		data.put("classification", organisation.kind().name().toLowerCase(Locale.ROOT));
		if (organisation.acronym() != null) {
			data.put("other_names", List.of(Map.of("name", organisation.acronym(), "note", "acronym")));
		}
		if (organisation.iatiRef() != null) {
			data.put("identifiers", List.of(Map.of("scheme", "IATI", "identifier", organisation.iatiRef())));
		}
		if (organisation.country() != null) {
			data.put("area", Map.of("id", organisation.country(), "classification", "country"));
		}
		if (organisation.website() != null) {
			data.put("links", List.of(Map.of("url", organisation.website(), "note", "website")));
		}
		return data;
	}

	private static Map<String, Object> membership(Membership membership, Organisation own) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", membership.id().toString());
		if (own != null) {
			Map<String, Object> member = new LinkedHashMap<>();
			member.put("@type", "Organization");
			member.put("id", own.id().toString());
			data.put("member", member);
		}
		data.put("organization_id", membership.network().id().toString());
		data.put("role", membership.role().en());
		List<Map<String, String>> labels = new ArrayList<>();
		labels.add(Map.of("lang", "fr", "label", membership.role().fr()));
		labels.add(Map.of("lang", "nl", "label", membership.role().nl()));
		labels.add(Map.of("lang", "en", "label", membership.role().en()));
		data.put("labels", labels);
		data.put("classification", membership.tier().name().toLowerCase(Locale.ROOT));
		data.put("start_date", membership.since().iso());
		data.put("end_date", (membership.until() != null) ? membership.until().iso() : null);
		return data;
	}

}
