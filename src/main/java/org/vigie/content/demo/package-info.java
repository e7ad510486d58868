/**
 * Demonstration content in three languages, loaded into an empty database on first start.
 */
package org.vigie.content.demo;
