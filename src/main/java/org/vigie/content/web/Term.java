package org.vigie.content.web;

/**
 * A category or tag as a link.
 *
 * @param name its name in the page's language
 * @param path its listing's address
 */
public record Term(String name, String path) {
}
