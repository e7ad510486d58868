package org.vigie.advocacy.admin;

/**
 * One part of the advocacy back-office, listed on its dashboard
 * ({@code /admin/advocacy}). Each part declares one as a bean.
 *
 * @param label a message key naming it
 * @param path its address in the back-office, under {@code /admin/advocacy/}
 * @param order lower comes first
 */
public record AdvocacyArea(String label, String path, int order) {
}
