package org.vigie.learning.authoring;

import java.util.List;
import java.util.Locale;

import org.vigie.learning.decks.CardKind;
import org.vigie.learning.web.CardsPaths;
import org.vigie.site.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A card as a learner would see it in one language, question then feedback, built from
 * what the trainer typed, before anything is stored. The fixed words (the kind, "true",
 * "right answer"…) come from the learner pages' messages in that language, not the
 * trainer's.
 */
@Component
class CardPreview {

	private final MessageSource messages;

	CardPreview(MessageSource messages) {
		this.messages = messages;
	}

	List<View> of(CardForm form) {
		CardKind kind = form.cardKind();
		int answer;
		try {
			answer = Integer.parseInt(form.answer()) - 1;
		}
		catch (NumberFormatException ex) {
			answer = -1;
		}
		int right = answer;
		return form.texts().stream().map((text) -> {
			Locale locale = text.language().locale();
			List<String> options = (kind == CardKind.TRUE_FALSE)
					? List.of(word("learning.card.true", locale), word("learning.card.false", locale))
					: text.optionList();
			return new View(text.language(), (kind != null) ? word("learning.kind." + kind.name(), locale) : "",
					text.prompt(), options, right, text.explanation(), text.reflex(),
					form.linksReport() ? CardsPaths.reportLine(text.language()) : null,
					new Words(word("learning.feedback.right", locale), word("learning.feedback.answer", locale),
							word("learning.feedback.reflex", locale), word("learning.feedback.report", locale)));
		}).toList();
	}

	private String word(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	/**
	 * One language's preview.
	 *
	 * @param language the language
	 * @param kind the kind's words
	 * @param prompt the prompt
	 * @param options the options offered
	 * @param answer the index of the right option
	 * @param explanation the explanation
	 * @param reflex the reflex
	 * @param reportPath the reporting line's address, when the card leads there
	 * @param words the feedback's fixed words in that language
	 */
	record View(Language language, String kind, String prompt, List<String> options, int answer, String explanation,
			String reflex, String reportPath, Words words) {
	}

	/**
	 * The feedback's fixed words.
	 *
	 * @param right the verdict of a right answer
	 * @param answer the mark of the right option
	 * @param reflex the reflex's heading
	 * @param report the link to the reporting line
	 */
	record Words(String right, String answer, String reflex, String report) {
	}

}
