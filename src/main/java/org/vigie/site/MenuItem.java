package org.vigie.site;

import java.util.List;

/**
 * An entry of the main navigation, with its sub-entries.
 *
 * @param label the text shown, already in the page's language
 * @param path the address it leads to
 * @param children sub-entries, in order
 */
public record MenuItem(String label, String path, List<MenuItem> children) {

	public MenuItem {
		children = List.copyOf(children);
	}

	/** Whether this entry, or one below it, leads to {@code currentPath}. */
	public boolean leadsTo(String currentPath) {
		if (currentPath == null) {
			return false;
		}
		return this.path.equals(currentPath) || currentPath.startsWith(this.path + "/")
				|| this.children.stream().anyMatch((child) -> child.leadsTo(currentPath));
	}

}
