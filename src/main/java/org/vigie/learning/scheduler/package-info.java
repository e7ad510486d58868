/**
 * The FSRS-6 spaced-repetition scheduler: given a card's memory state and a rating, when
 * the card should come back. Pure and deterministic: the review time and the randomness
 * used for interval fuzzing are passed in, so the same inputs always give the same
 * schedule.
 */
package org.vigie.learning.scheduler;
