/**
 * The networks' public pages (the list by level, a page per organisation) and their
 * Popolo file.
 */
package org.vigie.advocacy.networks.web;
