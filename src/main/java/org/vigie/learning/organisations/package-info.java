/**
 * Training organisations: a manager creates one, invites staff by a link, assigns decks,
 * follows each member's progress, receives a monthly summary and downloads completion
 * certificates; members see exactly what their manager sees about them.
 */
package org.vigie.learning.organisations;
