package org.vigie.advocacy.recommendations;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What staff input must satisfy before anything is written: codes, the three languages,
 * lengths, dates neither in the future nor before the recommendation, addresses that are
 * web addresses (a {@code javascript:} link would run in readers' browsers), and a source
 * for every status step and commitment. Each refusal is a {@link RecommendationProblem}.
 */
public final class RecommendationRules {

	/** The longest recommendation text. */
	public static final int TEXT = 2000;

	/** The longest note or commitment text. */
	public static final int NOTE = 1000;

	/** The longest label, reference or office holder. */
	public static final int LABEL = 300;

	/** The longest address. */
	public static final int URL = 500;

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");

	private static final LocalDate EARLIEST = LocalDate.of(1989, 11, 20);

	private RecommendationRules() {
	}

	/** Checks a recommendation (existence of what it names is the store's part). */
	public static void check(RecommendationDraft draft, LocalDate today) {
		code(draft.code());
		if (draft.origin() == null || draft.response() == null || draft.progress() == null) {
			throw new RecommendationProblem("choice");
		}
		day(draft.madeOn(), EARLIEST, today);
		texts(draft.text(), TEXT, true);
		line(draft.cycle(), 60);
		if (draft.reference() == null || blank(draft.reference().label())) {
			throw new RecommendationProblem("reference");
		}
		line(draft.reference().label(), LABEL);
		address(draft.reference().url());
		if (draft.addressee() == null) {
			throw new RecommendationProblem("addressee");
		}
		if (draft.origin() != Origin.UPR && (!blank(draft.recommendingState()) || draft.uprCategory() != null)) {
			throw new RecommendationProblem("upr");
		}
		if (!draft.origin().united() && draft.response() != Response.NONE) {
			throw new RecommendationProblem("response");
		}
		line(draft.recommendingState(), 80);
		if (draft.uprCategory() != null && (draft.uprCategory() < 1 || draft.uprCategory() > 5)) {
			throw new RecommendationProblem("category");
		}
		if (draft.followUpOn() != null && draft.followUpOn().isBefore(draft.madeOn())) {
			throw new RecommendationProblem("followUp");
		}
	}

	/** Checks a status step of a recommendation made on {@code madeOn}. */
	public static void check(StepDraft step, LocalDate madeOn, LocalDate today) {
		if (step.stage() == null || step.stage() == Stage.MADE) {
			throw new RecommendationProblem("stage");
		}
		evidence(step.evidence());
		day(step.on(), madeOn, today);
		texts(step.note(), NOTE, false);
	}

	/** Checks a commitment about a recommendation made on {@code madeOn}. */
	public static void check(CommitmentDraft commitment, LocalDate madeOn, LocalDate today) {
		if (!commitment.namesWho()) {
			throw new RecommendationProblem("who");
		}
		line(commitment.officeHolder(), 200);
		evidence(commitment.evidence());
		day(commitment.on(), madeOn, today);
		texts(commitment.text(), NOTE, true);
	}

	/** Checks an addressee. */
	public static void check(AddresseeDraft addressee) {
		code(addressee.code());
		if (addressee.tier() == null || addressee.branch() == null) {
			throw new RecommendationProblem("choice");
		}
		texts(addressee.name(), 200, true);
	}

	/** Checks a source: its kind, and an address or a label, both well formed. */
	public static void evidence(Evidence evidence) {
		if (evidence == null || !evidence.named()) {
			throw new RecommendationProblem("source");
		}
		line(evidence.label(), LABEL);
		address(evidence.url());
	}

	private static void code(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new RecommendationProblem("code");
		}
	}

	private static void day(LocalDate day, LocalDate earliest, LocalDate today) {
		if (day == null) {
			throw new RecommendationProblem("date");
		}
		if (day.isAfter(today)) {
			throw new RecommendationProblem("future");
		}
		if (day.isBefore(earliest)) {
			throw new RecommendationProblem("early");
		}
	}

	private static void texts(Texts texts, int longest, boolean required) {
		if (texts == null) {
			throw new RecommendationProblem("language");
		}
		for (String text : new String[] { texts.fr(), texts.nl(), texts.en() }) {
			if (required && blank(text)) {
				throw new RecommendationProblem("language");
			}
			if (text != null && text.length() > longest) {
				throw new RecommendationProblem("length", longest);
			}
			if (text != null && text.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
				throw new RecommendationProblem("control");
			}
		}
	}

	private static void line(String text, int longest) {
		if (text == null) {
			return;
		}
		if (text.length() > longest) {
			throw new RecommendationProblem("length", longest);
		}
		if (text.chars().anyMatch((c) -> c < 0x20)) {
			throw new RecommendationProblem("control");
		}
	}

	private static void address(String url) {
		if (blank(url)) {
			return;
		}
		if (url.length() > URL || !ADDRESS.matcher(url).matches()) {
			throw new RecommendationProblem("address");
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
