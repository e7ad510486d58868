package org.vigie.identity;

/**
 * An entry of the back-office menu, contributed by a module as a bean. The menu shows it
 * to staff members who hold its permission.
 *
 * @param messageKey the message key of its label
 * @param path its address, under {@code /admin}
 * @param permission the permission needed to see it
 * @param order its place in the menu, smallest first
 */
public record BackOfficeSection(String messageKey, String path, Permission permission, int order) {

	public BackOfficeSection {
		if (!path.startsWith("/admin/")) {
			throw new IllegalArgumentException("A back-office section lives under /admin/: " + path);
		}
	}

}
