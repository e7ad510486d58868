/**
 * How staff change content: {@link org.vigie.content.editing.ContentEditor} and the rules
 * it applies (permissions, versions, slugs, body cleaning, revisions, publication).
 */
package org.vigie.content.editing;
