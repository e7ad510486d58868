package org.vigie.learning.decks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.vigie.site.Language;

/**
 * What a deck must be before it is stored, whoever wrote it: every text in French, Dutch
 * and English within its length, options the same in number in every language, the answer
 * among them, keys and slugs that are address words, and at most {@value #MAX_CARDS}
 * cards. Every problem is reported at once.
 */
public final class DeckRules {

	/** The most cards a deck may have: more would be a course, not a deck. */
	public static final int MAX_CARDS = 500;

	public static final int MAX_TITLE = 80;

	public static final int MAX_SUMMARY = 300;

	public static final int MAX_PROMPT = 600;

	public static final int MAX_OPTION = 200;

	public static final int MIN_OPTIONS = 2;

	public static final int MAX_OPTIONS = 5;

	public static final int MAX_EXPLANATION = 900;

	public static final int MAX_REFLEX = 200;

	public static final double MIN_RETENTION = 0.70;

	public static final double MAX_RETENTION = 0.99;

	private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	/**
	 * Words that follow the cards' address and so cannot be a deck's slug.
	 */
	public static final Set<String> RESERVED_SLUGS = Set.of("study", "sync", "offline", "reminders", "organisations",
			"sign-in", "manifest", "unsubscribe", "certificates", "service-worker.js", "trip", "print", "anki");

	private DeckRules() {
	}

	/**
	 * Checks a deck.
	 * @param deck the deck to check
	 * @throws DeckRefused with every problem found
	 */
	public static void check(DeckDefinition deck) {
		List<DeckRefused.Problem> problems = new ArrayList<>();
		if (deck.key() == null || !KEY.matcher(deck.key()).matches()) {
			problems.add(problem("badKey", String.valueOf(deck.key())));
		}
		if (deck.audience() == null) {
			problems.add(problem("noAudience"));
		}
		if (!(deck.desiredRetention() >= MIN_RETENTION && deck.desiredRetention() <= MAX_RETENTION)) {
			problems.add(problem("badRetention", deck.desiredRetention()));
		}
		for (Language language : Language.all()) {
			DeckText text = deck.texts().get(language);
			if (text == null) {
				problems.add(problem("missingDeckLanguage", language.code()));
				continue;
			}
			length(problems, "title", language, "-", text.title(), MAX_TITLE);
			length(problems, "summary", language, "-", text.summary(), MAX_SUMMARY);
			if (text.slug() == null || !KEY.matcher(text.slug()).matches() || RESERVED_SLUGS.contains(text.slug())) {
				problems.add(problem("badSlug", language.code(), String.valueOf(text.slug())));
			}
		}
		if (deck.cards().size() > MAX_CARDS) {
			problems.add(problem("tooManyCards", deck.cards().size(), MAX_CARDS));
			throw new DeckRefused(problems);
		}
		Set<String> keys = new HashSet<>();
		for (CardDefinition card : deck.cards()) {
			checkCard(card, keys, problems);
			if (problems.size() > 50) {
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new DeckRefused(problems);
		}
	}

	private static void checkCard(CardDefinition card, Set<String> keys, List<DeckRefused.Problem> problems) {
		String key = String.valueOf(card.key());
		if (card.key() == null || !KEY.matcher(card.key()).matches()) {
			problems.add(problem("badCardKey", key));
		}
		else if (!keys.add(card.key())) {
			problems.add(problem("duplicateCardKey", key));
		}
		if (card.kind() == null) {
			problems.add(problem("noKind", key));
			return;
		}
		Integer optionCount = null;
		for (Language language : Language.all()) {
			CardText text = card.texts().get(language);
			if (text == null) {
				problems.add(problem("missingCardLanguage", key, language.code()));
				continue;
			}
			length(problems, "prompt", language, key, text.prompt(), MAX_PROMPT);
			length(problems, "explanation", language, key, text.explanation(), MAX_EXPLANATION);
			length(problems, "reflex", language, key, text.reflex(), MAX_REFLEX);
			int count = options(card.kind(), text, language, key, problems);
			if (optionCount != null && optionCount != count) {
				problems.add(problem("optionsDiffer", key));
			}
			optionCount = count;
		}
		if (optionCount != null && (card.answer() < 0 || card.answer() >= optionCount)) {
			problems.add(problem("badAnswer", key, card.answer()));
		}
	}

	private static int options(CardKind kind, CardText text, Language language, String key,
			List<DeckRefused.Problem> problems) {
		if (kind == CardKind.TRUE_FALSE) {
			if (!text.options().isEmpty()) {
				problems.add(problem("trueFalseOptions", key));
			}
			return 2;
		}
		if (text.options().size() < MIN_OPTIONS || text.options().size() > MAX_OPTIONS) {
			problems.add(problem("optionCount", key, language.code(), MIN_OPTIONS, MAX_OPTIONS));
		}
		for (String option : text.options()) {
			length(problems, "option", language, key, option, MAX_OPTION);
			if (option != null && (option.indexOf('\n') >= 0 || option.indexOf('\r') >= 0)) {
				problems.add(problem("optionLineBreak", key, language.code()));
			}
		}
		return text.options().size();
	}

	private static void length(List<DeckRefused.Problem> problems, String field, Language language, String key,
			String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(problem("empty", field, language.code(), key));
		}
		else if (value.length() > max) {
			problems.add(problem("tooLong", field, language.code(), key, max));
		}
		else if (value.chars().anyMatch((c) -> c < 0x20 && c != '\n')) {
			problems.add(problem("controlCharacters", field, language.code(), key));
		}
	}

	private static DeckRefused.Problem problem(String name, Object... arguments) {
		return new DeckRefused.Problem("learning.deck.problem." + name, arguments);
	}

}
