package org.vigie.site;

import java.util.List;

/**
 * Implemented by modules that add entries to the main navigation. Entries of all
 * contributors are shown by ascending {@link #menuOrder()}.
 */
public interface MenuContributor {

	List<MenuItem> menu(Language language);

	int menuOrder();

}
