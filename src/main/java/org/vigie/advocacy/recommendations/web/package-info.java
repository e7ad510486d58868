/**
 * The public pages of the recommendations: what became of them (counts, filters, the list
 * of those recommended again and still not implemented), a page per recommendation with
 * its timeline, the dataset as JSON, their part of the advocacy page and sitemap.
 */
package org.vigie.advocacy.recommendations.web;
