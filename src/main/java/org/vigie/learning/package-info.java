/**
 * Awareness cards that people remember: decks of cards, each one a decision a traveller
 * or a tourism professional may face, answered on a phone and reviewed on a
 * spaced-repetition schedule so that the reflexes are still there months after a
 * training. The module owns decks and cards ({@code decks}), anonymous learners known by
 * a device key ({@code learners}), their schedules and review histories ({@code study}),
 * and the public pages at {@code /fr/cartes}, {@code /nl/kaarten} and {@code /en/cards}
 * ({@code web}). The FSRS-6 scheduler ({@code scheduler}) is a pure computation with no
 * Spring inside. It depends on {@code site} (layout, languages, menu), {@code identity}
 * (server keys, staff roles and back-office) and {@code notifications} (email).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Awareness cards",
		allowedDependencies = { "site", "identity", "notifications" })
package org.vigie.learning;
