/**
 * The public pages of the content module: news, categories, tags, pages, search, and the
 * home page's and menu's contributions.
 */
package org.vigie.content.web;
