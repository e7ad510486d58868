package org.vigie.learning.authoring;

import org.vigie.site.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vigie.learning.decks.Audience;
import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.Deck;
import org.vigie.learning.decks.DeckDefinition;
import org.vigie.learning.decks.DeckRefused;
import org.vigie.learning.decks.DeckText;
import org.vigie.site.Language;

/**
 * What a trainer types about a deck, kept as typed so that a refused form comes back with
 * every value in place.
 *
 * @param key the deck's key, typed once when it is created
 * @param audience {@code PUBLIC} or {@code PROFESSIONAL}
 * @param retention the desired retention, such as {@code 0.90}
 * @param position its place on the list
 * @param published whether learners see it
 * @param texts its words, one entry per language in the site's order
 */
record DeckForm(String key, String audience, String retention, String position, boolean published, List<Text> texts) {

	/** The default desired retention of a new deck. */
	static final String DEFAULT_RETENTION = "0.90";

	/** The largest position accepted. */
	static final int MAX_POSITION = 10_000;

	/**
	 * A deck's words in one language.
	 *
	 * @param language the language
	 * @param title the title
	 * @param slug the address word
	 * @param summary the summary
	 */
	record Text(Language language, String title, String slug, String summary) {
	}

	static DeckForm empty() {
		List<Text> texts = Language.all().stream().map((language) -> new Text(language, "", "", "")).toList();
		return new DeckForm("", Audience.PUBLIC.name(), DEFAULT_RETENTION, "0", false, texts);
	}

	static DeckForm of(Deck deck) {
		List<Text> texts = new ArrayList<>();
		for (Language language : Language.all()) {
			DeckText text = deck.texts().get(language);
			texts.add((text != null) ? new Text(language, text.title(), text.slug(), text.summary())
					: new Text(language, "", "", ""));
		}
		return new DeckForm(deck.key(), deck.audience().name(),
				String.format(Locale.ROOT, "%.2f", deck.desiredRetention()), Integer.toString(deck.position()),
				deck.published(), texts);
	}

	/** The form as submitted; {@code key} comes from the stored deck when it exists. */
	static DeckForm from(Map<String, String> fields, String key) {
		FormValues values = new FormValues(fields, 20_000);
		List<Text> texts = Language.all()
			.stream()
			.map((language) -> new Text(language, values.text("title_" + language.code()),
					values.text("slug_" + language.code()), values.text("summary_" + language.code())))
			.toList();
		return new DeckForm((key != null) ? key : values.text("key"), values.text("audience"), values.text("retention"),
				values.text("position"), values.ticked("published"), texts);
	}

	/**
	 * The deck this form describes, with these cards.
	 * @throws DeckRefused when a value cannot even be read (retention, position,
	 * audience); the rules check the rest when it is stored
	 */
	DeckDefinition definition(List<CardDefinition> cards) {
		List<DeckRefused.Problem> problems = new ArrayList<>();
		Double desired = null;
		try {
			desired = Double.parseDouble(this.retention.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(new DeckRefused.Problem("authoring.problem.retention", this.retention));
		}
		Integer place = null;
		try {
			place = Integer.parseInt(this.position);
			if (place < 0 || place > MAX_POSITION) {
				place = null;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (place == null) {
			problems.add(new DeckRefused.Problem("authoring.problem.position", MAX_POSITION));
		}
		Audience chosen = null;
		try {
			chosen = Audience.valueOf(this.audience);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new DeckRefused.Problem("learning.deck.problem.noAudience"));
		}
		if (!problems.isEmpty()) {
			throw new DeckRefused(problems);
		}
		Map<Language, DeckText> words = Definitions.texts();
		this.texts
			.forEach((text) -> words.put(text.language(), new DeckText(text.title(), text.slug(), text.summary())));
		return new DeckDefinition(this.key, chosen, desired, place, this.published, words, cards);
	}

}
