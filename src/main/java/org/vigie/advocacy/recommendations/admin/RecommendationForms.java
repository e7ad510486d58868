package org.vigie.advocacy.recommendations.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.vigie.advocacy.recommendations.AddresseeDraft;
import org.vigie.advocacy.recommendations.Branch;
import org.vigie.advocacy.recommendations.CommitmentDraft;
import org.vigie.advocacy.recommendations.Evidence;
import org.vigie.advocacy.recommendations.EvidenceKind;
import org.vigie.advocacy.recommendations.Origin;
import org.vigie.advocacy.recommendations.Progress;
import org.vigie.advocacy.recommendations.Recommendation;
import org.vigie.advocacy.recommendations.RecommendationDraft;
import org.vigie.advocacy.recommendations.RecommendationProblem;
import org.vigie.advocacy.recommendations.RecommendationRules;
import org.vigie.advocacy.recommendations.Response;
import org.vigie.advocacy.recommendations.Stage;
import org.vigie.advocacy.recommendations.StepDraft;
import org.vigie.advocacy.recommendations.Texts;
import org.vigie.advocacy.recommendations.Tier;
import org.vigie.site.FormValues;

/**
 * Reads the back-office forms into drafts. A value that cannot be read (a date, a choice,
 * an id) is refused here with its own problem; the drafts' rules do the rest. Values are
 * kept one character beyond the longest allowed so an oversized one is refused, not cut.
 */
final class RecommendationForms {

	private RecommendationForms() {
	}

	static FormValues values(Map<String, String> fields) {
		return new FormValues(fields, RecommendationRules.TEXT + 1);
	}

	static RecommendationDraft recommendation(FormValues form) {
		return new RecommendationDraft(form.text("code"), choice(Origin.class, form.text("origin")),
				orNull(form.text("cycle")), date(form.text("madeOn"), true),
				new Evidence(null, orNull(form.text("referenceUrl")), orNull(form.text("reference"))),
				texts(form, "text_"), id(form.text("addressee")), orNull(form.text("recommendingState")),
				choice(Response.class, form.text("response")), category(form.text("uprCategory")),
				choice(Progress.class, form.text("progress")), id(form.text("previous")),
				date(form.text("followUpOn"), false));
	}

	static StepDraft step(FormValues form) {
		return new StepDraft(choice(Stage.class, form.text("stage")), date(form.text("on"), true), texts(form, "note_"),
				evidence(form));
	}

	static CommitmentDraft commitment(FormValues form) {
		return new CommitmentDraft(id(form.text("addressee")), orNull(form.text("officeHolder")),
				date(form.text("on"), true), texts(form, "text_"), evidence(form));
	}

	static AddresseeDraft addressee(FormValues form) {
		return new AddresseeDraft(form.text("code"), choice(Tier.class, form.text("tier")),
				choice(Branch.class, form.text("branch")), texts(form, "name_"));
	}

	/** The edit form's values for a saved recommendation. */
	static Map<String, String> fields(Recommendation one) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", one.code());
		fields.put("origin", one.origin().name());
		fields.put("cycle", orEmpty(one.cycle()));
		fields.put("madeOn", one.madeOn().toString());
		fields.put("reference", orEmpty(one.reference().label()));
		fields.put("referenceUrl", orEmpty(one.reference().url()));
		fields.put("text_fr", one.text().fr());
		fields.put("text_nl", one.text().nl());
		fields.put("text_en", one.text().en());
		fields.put("addressee", one.addressee().id().toString());
		fields.put("recommendingState", orEmpty(one.recommendingState()));
		fields.put("response", one.response().name());
		fields.put("uprCategory", (one.uprCategory() != null) ? one.uprCategory().toString() : "");
		fields.put("progress", one.progress().name());
		fields.put("previous", (one.previous() != null) ? one.previous().toString() : "");
		fields.put("followUpOn", (one.followUpOn() != null) ? one.followUpOn().toString() : "");
		return fields;
	}

	private static Evidence evidence(FormValues form) {
		EvidenceKind kind = choice(EvidenceKind.class, form.text("sourceKind"));
		if (kind == null) {
			throw new RecommendationProblem("source");
		}
		return new Evidence(kind, orNull(form.text("sourceUrl")), orNull(form.text("sourceLabel")));
	}

	private static Texts texts(FormValues form, String prefix) {
		return new Texts(form.text(prefix + "fr"), form.text(prefix + "nl"), form.text(prefix + "en"));
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		if (value.isEmpty()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		throw new RecommendationProblem("choice");
	}

	private static LocalDate date(String value, boolean required) {
		if (value.isEmpty()) {
			if (required) {
				throw new RecommendationProblem("date");
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new RecommendationProblem("date");
		}
	}

	private static UUID id(String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new RecommendationProblem("choice");
		}
	}

	private static Integer category(String value) {
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("[1-5]")) {
			throw new RecommendationProblem("category");
		}
		return Integer.valueOf(value);
	}

	private static String orNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
