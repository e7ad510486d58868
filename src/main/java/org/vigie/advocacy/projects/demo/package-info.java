/**
 * The demo projects, their partners and reach.
 */
package org.vigie.advocacy.projects.demo;
