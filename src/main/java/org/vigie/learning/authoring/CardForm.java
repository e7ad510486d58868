package org.vigie.learning.authoring;

import org.vigie.site.FormValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.vigie.learning.decks.CardDefinition;
import org.vigie.learning.decks.CardKind;
import org.vigie.learning.decks.CardText;
import org.vigie.learning.decks.DeckRefused;
import org.vigie.learning.decks.StudyCard;
import org.vigie.site.Language;

/**
 * What a trainer types about a card, kept as typed so that a refused form or a preview
 * comes back with every value in place. Options are written one per line; the answer is
 * counted from 1, as the trainer sees the options.
 *
 * @param key the card's key within its deck, typed once when it is created
 * @param kind {@code TRUE_FALSE}, {@code MULTIPLE_CHOICE} or {@code SCENARIO}
 * @param answer the number of the right option, from 1
 * @param linksReport whether the feedback leads to the reporting line
 * @param texts its words, one entry per language in the site's order
 */
record CardForm(String key, String kind, String answer, boolean linksReport, List<Text> texts) {

	/**
	 * A card's words in one language.
	 *
	 * @param language the language
	 * @param prompt the statement, question or situation
	 * @param options the options, one per line
	 * @param explanation why the right answer is right
	 * @param reflex the reflex to adopt
	 */
	record Text(Language language, String prompt, String options, String explanation, String reflex) {

		/** Whether a field learners need is still empty in this language. */
		boolean missing(boolean needsOptions) {
			return this.prompt.isBlank() || this.explanation.isBlank() || this.reflex.isBlank()
					|| (needsOptions && this.options.isBlank());
		}

		List<String> optionList() {
			return Arrays.stream(this.options.split("\\R"))
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
		}

	}

	static CardForm empty() {
		List<Text> texts = Language.all().stream().map((language) -> new Text(language, "", "", "", "")).toList();
		return new CardForm("", CardKind.TRUE_FALSE.name(), "1", false, texts);
	}

	static CardForm of(StudyCard card) {
		List<Text> texts = new ArrayList<>();
		for (Language language : Language.all()) {
			CardText text = card.texts().get(language);
			texts.add((text != null) ? new Text(language, text.prompt(), String.join("\n", text.options()),
					text.explanation(), text.reflex()) : new Text(language, "", "", "", ""));
		}
		return new CardForm(card.key(), card.kind().name(), Integer.toString(card.answer() + 1), card.linksReport(),
				texts);
	}

	/** The form as submitted; {@code key} comes from the stored card when it exists. */
	static CardForm from(Map<String, String> fields, String key) {
		FormValues values = new FormValues(fields, 20_000);
		List<Text> texts = Language.all()
			.stream()
			.map((language) -> new Text(language, values.text("prompt_" + language.code()),
					values.text("options_" + language.code()), values.text("explanation_" + language.code()),
					values.text("reflex_" + language.code())))
			.toList();
		return new CardForm((key != null) ? key : values.text("key"), values.text("kind"), values.text("answer"),
				values.ticked("report"), texts);
	}

	/** The kind chosen, or {@code null} when the form sent none that exists. */
	CardKind cardKind() {
		try {
			return CardKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The languages in which a field is still empty. */
	List<Language> missingLanguages() {
		boolean needsOptions = cardKind() != CardKind.TRUE_FALSE;
		return this.texts.stream().filter((text) -> text.missing(needsOptions)).map(Text::language).toList();
	}

	/**
	 * The card this form describes. The options of a true/false card are its two fixed
	 * words, so any typed for it are left out.
	 * @throws DeckRefused when the kind or the answer cannot be read, or the answer is
	 * not one of the options; the deck's rules check the rest
	 */
	CardDefinition definition() {
		CardKind chosen = cardKind();
		if (chosen == null) {
			throw new DeckRefused("learning.deck.problem.noKind", this.key);
		}
		Map<Language, CardText> words = Definitions.texts();
		int optionCount = 2;
		for (Text text : this.texts) {
			List<String> options = (chosen == CardKind.TRUE_FALSE) ? List.of() : text.optionList();
			if (chosen != CardKind.TRUE_FALSE) {
				optionCount = options.size();
			}
			words.put(text.language(), new CardText(text.prompt(), options, text.explanation(), text.reflex()));
		}
		int number;
		try {
			number = (this.answer.length() <= 2) ? Integer.parseInt(this.answer) : -1;
		}
		catch (NumberFormatException ex) {
			number = -1;
		}
		if (number < 1 || number > Math.max(optionCount, 2)) {
			throw new DeckRefused("authoring.problem.answer", this.answer, Math.max(optionCount, 2));
		}
		return new CardDefinition(this.key, chosen, number - 1, this.linksReport, words);
	}

}
