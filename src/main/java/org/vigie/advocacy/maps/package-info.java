/**
 * Vigie's own maps: the member states coloured by their transposition status, and the
 * world map of the projects' countries, drawn as SVG from Natural Earth outlines kept in
 * the application (no tiles, no scripts), each with a text alternative beside it.
 */
package org.vigie.advocacy.maps;
