package org.vigie.learning.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vigie.learning.decks.DeckRefused;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why a deck, a card or a file was refused, in the trainer's language: each problem's
 * message code with its arguments, and the field names the rules give in English
 * ({@code prompt}, {@code title}…) put in the trainer's words.
 */
@Component
class ProblemMessages {

	private static final Set<String> FIELDS = Set.of("title", "summary", "prompt", "option", "explanation", "reflex");

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<String> of(DeckRefused refused, Locale locale) {
		return refused.problems().stream().map((problem) -> message(problem, locale)).distinct().toList();
	}

	private String message(DeckRefused.Problem problem, Locale locale) {
		Object[] arguments = Arrays.stream(problem.arguments())
			.map((argument) -> (argument instanceof String name && FIELDS.contains(name))
					? this.messages.getMessage("authoring.field." + name, null, locale) : argument)
			.toArray();
		return this.messages.getMessage(problem.code(), arguments, problem.code(), locale);
	}

}
