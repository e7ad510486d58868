package org.vigie.mobilisation.workshops;

import java.util.Map;

import org.vigie.mobilisation.web.ActPaths;
import org.vigie.site.Language;

/**
 * The public addresses of the workshops, under {@link ActPaths#workshops(Language)}: the
 * request form itself ({@code /fr/ateliers}), the pages after sending and confirming it,
 * the evaluation form and the published reach ({@code /fr/ateliers/impact}, and
 * {@code .json}).
 */
public final class WorkshopPaths {

	/** The staff's pages. */
	public static final String ADMIN = "/admin/mobilisation/workshops";

	private static final Map<Language, String> SENT = Map.of(Language.FR, "demande-envoyee", Language.NL,
			"aanvraag-verzonden", Language.EN, "request-sent");

	private static final Map<Language, String> CONFIRMED = Map.of(Language.FR, "demande-confirmee", Language.NL,
			"aanvraag-bevestigd", Language.EN, "request-confirmed");

	private static final Map<Language, String> EVALUATION = Map.of(Language.FR, "evaluation", Language.NL, "evaluatie",
			Language.EN, "evaluation");

	private WorkshopPaths() {
	}

	/** The request form. */
	public static String form(Language language) {
		return ActPaths.workshops(language);
	}

	/** Where the form leads once sent, whatever happened. */
	public static String sent(Language language) {
		return form(language) + "/" + SENT.get(language);
	}

	/** Where confirming the request leads. */
	public static String confirmed(Language language) {
		return form(language) + "/" + CONFIRMED.get(language);
	}

	/** An evaluation form. */
	public static String evaluation(Language language, String token) {
		return form(language) + "/" + EVALUATION.get(language) + "/" + token;
	}

	/** The published reach. */
	public static String impact(Language language) {
		return form(language) + "/impact";
	}

	/** A request in the back-office. */
	public static String admin(java.util.UUID id) {
		return ADMIN + "/" + id;
	}

}
