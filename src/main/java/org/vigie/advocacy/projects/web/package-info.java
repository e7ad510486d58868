/**
 * The projects' public pages (the list, a page per project) and their IATI file.
 */
package org.vigie.advocacy.projects.web;
