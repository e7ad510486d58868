/**
 * Full-text search of public content per language, behind the
 * {@link org.vigie.content.search.SearchIndex} port; Lucene embedded by default.
 */
package org.vigie.content.search;
