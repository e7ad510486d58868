/**
 * The site's web layer: language resolution, layout helpers, home and error pages, the
 * page cache.
 */
package org.vigie.site.web;
