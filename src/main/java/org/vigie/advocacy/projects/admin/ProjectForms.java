package org.vigie.advocacy.projects.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vigie.advocacy.AdvocacyDeclarations;
import org.vigie.advocacy.figures.Audience;
import org.vigie.advocacy.organisations.Refused;
import org.vigie.advocacy.organisations.Trilingual;
import org.vigie.advocacy.projects.FigureDraft;
import org.vigie.advocacy.projects.FigureSource;
import org.vigie.advocacy.projects.PartnerRole;
import org.vigie.advocacy.projects.Project;
import org.vigie.advocacy.projects.ProjectDraft;
import org.vigie.advocacy.projects.ProjectStatus;
import org.vigie.site.FormValues;

/**
 * Reads the projects' forms into drafts, and projects back into form values. Partners
 * come as numbered pairs of fields ({@code partner_0}, {@code partnerRole_0}…), countries
 * as codes separated by commas or spaces.
 */
final class ProjectForms {

	static final String HOME = AdvocacyDeclarations.ADMIN + "/projects";

	/** Characters of a value kept: above every field's limit. */
	static final int KEPT = 2100;

	/** Partner rows offered beyond the current partners. */
	static final int SPARE_PARTNERS = 3;

	private ProjectForms() {
	}

	static Map<String, String> kept(Map<String, String> fields) {
		FormValues form = new FormValues(fields, KEPT);
		Map<String, String> values = new HashMap<>();
		fields.keySet()
			.stream()
			.filter((name) -> !name.equals("_csrf") && name.length() < 40)
			.forEach((name) -> values.put(name, form.text(name)));
		return values;
	}

	static ProjectDraft project(Map<String, String> values) {
		List<ProjectDraft.PartnerDraft> partners = new ArrayList<>();
		for (int row = 0; row < 100; row++) {
			String organisation = values.getOrDefault("partner_" + row, "");
			if (organisation.isEmpty()) {
				continue;
			}
			try {
				partners.add(new ProjectDraft.PartnerDraft(UUID.fromString(organisation),
						PartnerRole.valueOf(values.getOrDefault("partnerRole_" + row, ""))));
			}
			catch (IllegalArgumentException ex) {
				throw new Refused("advocacy.projects.problem.partner", "partners");
			}
		}
		String countries = values.getOrDefault("countries", "");
		return new ProjectDraft(values.get("code"), texts(values, "title"), texts(values, "summary"),
				choice(ProjectStatus.class, values.get("status"), "status"), "true".equals(values.get("research")),
				date(values.get("startsOn"), "startsOn"), optionalDate(values.get("endsOn"), "endsOn"),
				countries.isBlank() ? List.of() : Arrays.asList(countries.strip().split("[,;\\s]+")), partners, false);
	}

	static Map<String, String> values(Project project) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", project.code());
		put(values, "title", project.title());
		put(values, "summary", project.summary());
		values.put("status", project.status().name());
		values.put("research", String.valueOf(project.research()));
		values.put("startsOn", project.startsOn().toString());
		values.put("endsOn", (project.endsOn() != null) ? project.endsOn().toString() : "");
		values.put("countries", String.join(", ", project.countries()));
		int row = 0;
		for (Project.Partner partner : project.partners()) {
			values.put("partner_" + row, partner.organisation().id().toString());
			values.put("partnerRole_" + row, partner.role().name());
			row++;
		}
		return values;
	}

	static FigureDraft figure(Map<String, String> values) {
		return new FigureDraft(texts(values, "result"), texts(values, "indicator"), date(values.get("start"), "start"),
				date(values.get("end"), "end"), choice(Audience.class, values.get("audience"), "audience"),
				count(values.get("baseline"), "baseline"), count(values.get("target"), "target"),
				count(values.get("actual"), "actual"), choice(FigureSource.class, values.get("source"), "source"),
				values.get("sourceLabel"), values.get("sourceAddress"), false);
	}

	static Trilingual texts(Map<String, String> values, String field) {
		return new Trilingual(values.get(field + "_fr"), values.get(field + "_nl"), values.get(field + "_en"));
	}

	private static void put(Map<String, String> values, String field, Trilingual texts) {
		values.put(field + "_fr", texts.fr());
		values.put(field + "_nl", texts.nl());
		values.put(field + "_en", texts.en());
	}

	private static Integer count(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip().replace(" ", "").replace("\u202f", ""));
		}
		catch (NumberFormatException ex) {
			throw new Refused("advocacy.projects.problem.count", field);
		}
	}

	private static LocalDate date(String text, String field) {
		LocalDate date = optionalDate(text, field);
		if (date == null) {
			throw new Refused("advocacy.projects.problem.date", field);
		}
		return date;
	}

	private static LocalDate optionalDate(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() < 1900 || date.getYear() > 2100) {
				throw new Refused("advocacy.projects.problem.date", field);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new Refused("advocacy.projects.problem.date", field);
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String name, String field) {
		try {
			return Enum.valueOf(type, (name != null) ? name : "");
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("advocacy.networks.problem.required", field);
		}
	}

}
