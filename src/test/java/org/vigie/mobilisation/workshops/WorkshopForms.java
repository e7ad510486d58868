package org.vigie.mobilisation.workshops;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.vigie.TestClock;
import org.vigie.mobilisation.Supporter;
import org.vigie.site.Language;

/**
 * The request form as a school fills it in, for the workshops' tests: a project of their
 * own, the form's fields, and sending them the way a person does (the page first, a few
 * seconds of typing, then the post).
 */
final class WorkshopForms {

	private WorkshopForms() {
	}

	/** A new project offered on the form, named in the three languages. */
	static Project project(Projects projects, TestClock clock) {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		Map<Language, String> names = new EnumMap<>(Language.class);
		names.put(Language.FR, "Atelier " + code);
		names.put(Language.NL, "Workshop " + code);
		names.put(Language.EN, "Workshop " + code + " (en)");
		UUID id = projects.add(code, names, true, clock.instant());
		return projects.byId(id).orElseThrow();
	}

	/** A school's valid answers, with a fresh address. */
	static Map<String, String> school(Project project, String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("project", project.id().toString());
		fields.put("language", "fr");
		fields.put("ageGroup", "AGE_12_14");
		fields.put("youngPeople", "48");
		fields.put("periods", "M03");
		fields.put("organisation", "Athénée Royal des Essais");
		fields.put("kind", "SCHOOL");
		fields.put("region", "LIEGE");
		fields.put("contactName", "Camille Essai");
		fields.put("email", email);
		fields.put("phone", "+32 4 123 45 67");
		fields.put("message", "Deux classes, le matin si possible.");
		fields.put("consent", "yes");
		return fields;
	}

	static String email() {
		return "ecole." + UUID.randomUUID() + "@example.org";
	}

	/** Shows the form, waits as a person would, then sends it with these fields. */
	static HttpResponse<String> send(Supporter supporter, TestClock clock, String path, Map<String, String> fields) {
		Document page = supporter.page(path);
		Map<String, String> sent = Supporter.hiddenFields(page, "form[data-workshop-form]");
		sent.putAll(fields);
		clock.advance(Duration.ofSeconds(5));
		return supporter.post(path, sent);
	}

}
