package org.vigie.site;

/**
 * The site's search page, offered by the module that owns search. The layout shows a
 * search box leading there on every page, and the home page announces it to search
 * engines; without such a bean the site has no search box.
 */
public interface SiteSearch {

	/**
	 * The address of the search page in this language; it reads the query from {@code q}.
	 */
	String path(Language language);

}
