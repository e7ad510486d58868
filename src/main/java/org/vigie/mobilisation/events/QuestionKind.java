package org.vigie.mobilisation.events;

/** What an event's own question is about (the form offers a matching field). */
public enum QuestionKind {

	/** Dietary needs, for a meal or a reception. */
	DIETARY,

	/** Accessibility needs (wheelchair, sign language, induction loop...). */
	ACCESSIBILITY,

	/** The language a participant prefers to follow the event in. */
	LANGUAGE,

	/** Any other question staff write themselves. */
	FREE

}
