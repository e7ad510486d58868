package org.vigie.advocacy.recommendations;

/**
 * An addressee as staff submit it.
 *
 * @param code its stable code
 * @param tier its level of power
 * @param branch parliament, government or administration
 * @param name its name in each language
 */
public record AddresseeDraft(String code, Tier tier, Branch branch, Texts name) {
}
