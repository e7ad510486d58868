/**
 * The NGO's projects: partners, countries, years, and their reach kept like IATI results
 * (results, indicators, periods, one figure per audience with its source), which the
 * impact page reads through {@link org.vigie.advocacy.figures.ProjectReach}.
 */
package org.vigie.advocacy.projects;
