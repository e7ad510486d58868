/**
 * Awareness cards that people remember: decks of cards, each one a decision a traveller
 * or a tourism professional may face, answered on a phone and reviewed on a
 * spaced-repetition schedule so that the reflexes are still there months after a
 * training. The module will own decks and cards, learners' review histories and
 * schedules, reminders, printable and exportable decks, and organisations' view of their
 * staff's progress. Its first part is the FSRS-6 scheduler
 * ({@code org.vigie.learning.scheduler}), a pure computation with no Spring inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Awareness cards", allowedDependencies = {})
package org.vigie.learning;
