/**
 * The trainers' back-office for awareness cards, under {@code /admin/cards}: decks and
 * their cards written side by side in French, Dutch and English with a preview as
 * learners see them, YAML import and export, per-card statistics and the calibration of
 * the schedule's predicted recall against the answers actually given.
 */
package org.vigie.learning.authoring;
