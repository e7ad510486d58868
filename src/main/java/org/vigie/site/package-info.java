/**
 * Public site: layout, languages and their addresses, navigation, home page, error pages
 * and HTTP caching of public pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site")
package org.vigie.site;
