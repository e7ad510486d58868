package org.vigie.advocacy.projects;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.advocacy.organisations.Trilingual;

/**
 * A project as staff (or the demo) give it, before it is checked; its reach is saved
 * figure by figure ({@link FigureDraft}).
 *
 * @param code its code
 * @param title its title
 * @param summary its summary
 * @param status where it stands
 * @param research whether it is a research project
 * @param startsOn its first day
 * @param endsOn its last day, or null
 * @param countries ISO 3166-1 codes
 * @param partners organisations and roles
 * @param demo whether it is demo content
 */
public record ProjectDraft(String code, Trilingual title, Trilingual summary, ProjectStatus status, boolean research,
		LocalDate startsOn, LocalDate endsOn, List<String> countries, List<PartnerDraft> partners, boolean demo) {

	public ProjectDraft {
		countries = (countries != null) ? List.copyOf(countries) : List.of();
		partners = (partners != null) ? List.copyOf(partners) : List.of();
	}

	/** Its fields, for a revision. */
	public Map<String, Object> snapshot() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("code", this.code);
		fields.put("title", this.title);
		fields.put("summary", this.summary);
		fields.put("status", String.valueOf(this.status));
		fields.put("research", this.research);
		fields.put("startsOn", String.valueOf(this.startsOn));
		fields.put("endsOn", (this.endsOn != null) ? this.endsOn.toString() : null);
		fields.put("countries", this.countries);
		fields.put("partners",
				this.partners.stream().map((partner) -> partner.organisationId() + " " + partner.role()).toList());
		return fields;
	}

	/**
	 * An organisation taking part.
	 *
	 * @param organisationId the organisation
	 * @param role its role
	 */
	public record PartnerDraft(UUID organisationId, PartnerRole role) {
	}

}
