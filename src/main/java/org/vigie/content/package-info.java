/**
 * Content: posts, pages, categories, tags and their translations, with search, feeds and
 * sitemaps. Its API is the {@link org.vigie.content.ContentChanged} event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package org.vigie.content;
