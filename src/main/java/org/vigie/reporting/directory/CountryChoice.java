package org.vigie.reporting.directory;

/**
 * A country as a select offers it: its ISO 3166-1 alpha-2 code and its name in the page's
 * language.
 *
 * @param code the upper-case ISO 3166-1 alpha-2 code, such as {@code TH}
 * @param name the country's name in the page's language, from the JDK's locale data
 * @param listed whether the directory has an entry for it
 */
public record CountryChoice(String code, String name, boolean listed) {

}
