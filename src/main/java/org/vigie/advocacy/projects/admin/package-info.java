/**
 * The projects' back-office: a project's texts in three languages, status, years,
 * countries and partners, and its reach figure by figure, with a revision for every save.
 */
package org.vigie.advocacy.projects.admin;
